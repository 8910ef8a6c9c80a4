"""A real SMTP server (aiosmtpd) on 127.0.0.1 that requires STARTTLS before AUTH.

Usage: smtp_starttls_server.py CERTFILE KEYFILE USER PASSWORD EXCLUDED_MECHANISMS
Prints "port=N" once listening, then one line per message received:
  mail_from=... rcpt_tos=a,b options=... tls=True auth=MECHANISM content=BASE64
Offers PLAIN, LOGIN and CRAM-MD5 unless excluded (comma-separated); refuses recipients
named nobody@... . Stops when stdin closes.
"""
import asyncio
import base64
import hmac
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

certfile, keyfile, user, password, excluded = sys.argv[1:6]
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(certfile, keyfile)
used = {}


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login == user.encode()
          and auth_data.password == password.encode())
    if ok:
        used[id(session)] = mechanism
    return AuthResult(success=ok)


class Handler:
    async def auth_CRAM__MD5(self, server, args):
        challenge = b"<4242.1700000000@logwright.test>"
        response = await server.challenge_auth(challenge)
        expected = hmac.new(password.encode(), challenge, "md5").hexdigest()
        ok = isinstance(response, bytes) and response == (user + " " + expected).encode()
        if ok:
            used[id(server.session)] = "CRAM-MD5"
        return AuthResult(success=ok, handled=False)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("nobody@"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        print("mail_from=%s rcpt_tos=%s options=%s tls=%s auth=%s content=%s" % (
            envelope.mail_from, ",".join(envelope.rcpt_tos),
            ",".join(envelope.mail_options) or "-", session.ssl is not None,
            used.get(id(session), "-"),
            base64.b64encode(envelope.original_content).decode("ascii")), flush=True)
        return "250 OK"


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(Handler(), hostname="logwright.test", tls_context=context,
                     require_starttls=True, authenticator=authenticator,
                     auth_require_tls=True,
                     auth_exclude_mechanism=[m for m in excluded.split(",") if m]),
        "127.0.0.1", 0)
    print("port=%d" % server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


asyncio.run(main())
