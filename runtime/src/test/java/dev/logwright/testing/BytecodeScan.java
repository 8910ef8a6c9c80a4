package dev.logwright.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the constant pools of compiled classes and lists references to what native images and
 * Android rule out: {@code java.lang.reflect}, {@code Class.forName}, {@code ServiceLoader} and
 * dynamic proxies. Scans bytecode, not sources, so generated code and string tricks in sources
 * cannot hide a reference.
 */
public final class BytecodeScan {
  private static final String[] FORBIDDEN_CLASS_PREFIXES = {
    "java/lang/reflect/", "java/util/ServiceLoader",
  };

  private BytecodeScan() {}

  /** Returns one line per forbidden reference in the {@code .class} files below {@code root}. */
  public static List<String> forbiddenReferences(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        try (InputStream in = Files.newInputStream(file)) {
          for (String ref : forbiddenReferences(in)) {
            found.add(root.relativize(file) + ": " + ref);
          }
        }
      }
    }
    return found;
  }

  /** Returns the forbidden references of one class file. */
  public static List<String> forbiddenReferences(InputStream classFile) throws IOException {
    DataInputStream in = new DataInputStream(classFile);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNameIndex = new int[count];
    int[][] memberRefs = new int[count][];
    int[] nameAndTypeName = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1: utf8[i] = in.readUTF(); break;
        case 3: case 4: in.readInt(); break;
        case 5: case 6: in.readLong(); i++; break;
        case 7: classNameIndex[i] = in.readUnsignedShort(); break;
        case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
        case 9: case 10: case 11:
          memberRefs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
          break;
        case 12:
          nameAndTypeName[i] = in.readUnsignedShort();
          in.readUnsignedShort();
          break;
        case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
        case 17: case 18: in.readUnsignedShort(); in.readUnsignedShort(); break;
        default: throw new IOException("unknown constant pool tag " + tag);
      }
    }
    List<String> found = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      // Descriptors of fields, methods and locals' signatures name types without a Class entry.
      if (utf8[i] != null && (utf8[i].startsWith("(") || utf8[i].startsWith("L") || utf8[i].startsWith("["))) {
        for (String prefix : FORBIDDEN_CLASS_PREFIXES) {
          int at = utf8[i].indexOf("L" + prefix);
          if (at >= 0) {
            int end = utf8[i].indexOf(';', at);
            found.add("type " + utf8[i].substring(at + 1, end < 0 ? utf8[i].length() : end));
          }
        }
      }
      if (classNameIndex[i] != 0) {
        String name = utf8[classNameIndex[i]];
        for (String prefix : FORBIDDEN_CLASS_PREFIXES) {
          if (name.startsWith(prefix) || name.contains("L" + prefix)) {
            found.add("class " + name);
          }
        }
      }
      if (memberRefs[i] != null) {
        String owner = utf8[classNameIndex[memberRefs[i][0]]];
        String member = utf8[nameAndTypeName[memberRefs[i][1]]];
        if (owner.equals("java/lang/Class") && (member.equals("forName") || member.startsWith("getDeclared")
            || member.equals("getMethod") || member.equals("getField") || member.equals("newInstance")
            || member.equals("getConstructor"))) {
          found.add("Class." + member);
        }
      }
    }
    return found;
  }
}
