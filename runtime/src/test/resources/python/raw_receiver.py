"""Records the raw bytes a syslog sender puts on the wire.

Usage: raw_receiver.py MODE ADDRESS COUNT
  MODE    udp | tcp | unix-dgram | unix-stream
  ADDRESS the port on 127.0.0.1 (0: an ephemeral one) or a socket path
  COUNT   datagrams to wait for (datagram modes); stream modes read one connection to its end

Prints "READY <port or path>", then "DATA <hex>" per datagram, or once for the whole stream,
then "DONE". Gives up after 30 seconds.
"""
import socket
import sys
import time

DEADLINE = time.monotonic() + 30


def remaining():
    return max(0.1, DEADLINE - time.monotonic())


def main():
    mode, address, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    stream = mode in ("tcp", "unix-stream")
    kind = socket.SOCK_STREAM if stream else socket.SOCK_DGRAM
    if mode in ("tcp", "udp"):
        sock = socket.socket(socket.AF_INET, kind)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", int(address)))
        where = sock.getsockname()[1]
    else:
        sock = socket.socket(socket.AF_UNIX, kind)
        sock.bind(address)
        where = address
    with sock:
        if stream:
            sock.listen(5)
        print("READY", where, flush=True)
        if stream:
            sock.settimeout(remaining())
            conn, _ = sock.accept()
            data = b""
            with conn:
                while True:
                    conn.settimeout(remaining())
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
            print("DATA", data.hex(), flush=True)
        else:
            for _ in range(count):
                sock.settimeout(remaining())
                print("DATA", sock.recv(1 << 17).hex(), flush=True)
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
