package dev.logwright.handlers;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the files a {@link TimedRotatingFileHandler} rolled, among everything in its log's
 * directory, by CPython 3.13's rules (bpo-46063, gh-93205): another handler's files, or
 * unrelated files whose names merely contain a date, are never taken for its own.
 */
final class RolledFiles {
  private RolledFiles() {}

  /**
   * Returns the paths, in directory order, of the files next to {@code file} that its handler
   * could have rolled. Without a namer: {@code name + "." + s} where {@code extMatch} matches all
   * of {@code s}. With one: names holding a match of {@code extMatch} that the namer turns {@code
   * file + "." + match} into; each match is tried in turn, as a date may appear more than once.
   */
  static List<String> find(Path file, Pattern extMatch, @Nullable Namer namer) throws IOException {
    Path dir = file.getParent();
    String baseName = file.getFileName().toString();
    List<String> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean ours = namer == null
            ? isPlainBackup(baseName, name, extMatch)
            : namerMakes(namer, file.toString(), name, extMatch);
        if (ours) {
          found.add(dir.resolve(name).toString());
        }
      }
    }
    return found;
  }

  private static boolean isPlainBackup(String baseName, String name, Pattern extMatch) {
    return name.startsWith(baseName)
        && name.startsWith(".", baseName.length())
        && extMatch.matcher(name).region(baseName.length() + 1, name.length()).matches();
  }

  /** Whether the namer, given {@code baseFilename + "." +} some match in {@code name}, gives {@code name}. */
  private static boolean namerMakes(Namer namer, String baseFilename, String name, Pattern extMatch) {
    Matcher m = extMatch.matcher(name);
    boolean found = m.find();
    while (found) {
      String candidate = baseFilename + "." + m.group();
      String made = namer.name(candidate);
      if (made == null) {
        throw new NullPointerException("namer returned null for " + candidate);
      }
      if (baseName(made).equals(name)) {
        return true;
      }
      int next = m.start() + 1;
      found = next <= name.length() && m.find(next);
    }
    return false;
  }

  /** Python's {@code os.path.basename}: the text after the last separator. */
  private static String baseName(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf(File.separatorChar));
    return path.substring(cut + 1);
  }

  /**
   * Deletes {@code file} as Python's {@code os.remove}: a directory is refused, even an empty
   * one, and a missing file is an error.
   */
  static void remove(Path file) throws IOException {
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(file.toString(), null, "Is a directory");
    }
    Files.delete(file);
  }
}
