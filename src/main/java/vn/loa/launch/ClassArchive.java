package vn.loa.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A class-data sharing archive of Loa's classes (HotSpot's AppCDS), kept beside {@code loa.jar}.
 *
 * <p>Loading and verifying the classes of JRuby, AsciidoctorJ, FreeMarker and Java2D is a large part
 * of a short bake (about 0.8 s of Asciidoctor's start on a 2-core machine). The first bake after the jar
 * is built records the classes it loaded ({@code -XX:ArchiveClassesAtExit}, which costs a few seconds
 * once, normally during {@code mvn package}); every later bake maps them in ready-made.
 * A build that reuses everything loads neither JRuby nor the renderer, so the recording JVM also bakes
 * a two-article sample site afterwards (see vn.loa.cli.ArchiveTraining).
 * The archive's name carries a digest of the jar and of the Java runtime, so a rebuilt jar or another
 * JDK never meets a stale archive (HotSpot would ignore it anyway, but with a warning).
 */
public final class ClassArchive {
    /** Set in the JVM that records the archive, so it can exercise what a warm bake would not load. */
    public static final String RECORDING_PROPERTY = "loa.cds.recording";
    private static final String PREFIX = "-cds-";
    private static final String SUFFIX = ".jsa";
    /** HotSpot's notes about classes it cannot archive (old class file versions) are not for officers. */
    private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;

    private ClassArchive(Path archive) {
        this.archive = archive;
    }

    /**
     * The archive for this class path, or null when sharing cannot apply: HotSpot archives only jar
     * files (a class folder, as in tests, makes the JVM refuse to start with a dump option).
     */
    static ClassArchive forClassPath(String classPath) {
        String vm = System.getProperty("java.vm.name", "");
        boolean hotSpot = vm.contains("HotSpot") || vm.contains("OpenJDK");
        if (!hotSpot || classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        try {
            String stamp = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
            String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            return new ClassArchive(jar.resolveSibling(name + PREFIX + shortDigest(stamp) + SUFFIX));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * JVM options for the bake's JVM: use the archive, or record one into {@code recording} when there
     * is none yet (null: do not record).
     */
    List<String> jvmOptions(Path recording) {
        List<String> options = new java.util.ArrayList<>(QUIET);
        if (exists()) {
            options.add("-XX:SharedArchiveFile=" + archive);
        } else if (recording != null) {
            options.add("-XX:ArchiveClassesAtExit=" + recording);
            options.add("-D" + RECORDING_PROPERTY + "=true");
        }
        return options;
    }

    /** Where this JVM's child records the archive before it is moved into place (one per process). */
    Path recordingPath() {
        return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    boolean exists() {
        return Files.isRegularFile(archive);
    }

    /** True in the JVM that is recording the archive. */
    public static boolean recording() {
        return Boolean.getBoolean(RECORDING_PROPERTY);
    }

    /** True when bakes run from {@code jar} (by this Java runtime) find an archive to map. */
    public static boolean readyFor(Path jar) {
        ClassArchive archive = forClassPath(jar.toAbsolutePath().toString());
        return archive != null && archive.exists();
    }

    /** After a successful recording: the new archive takes its place, archives of older jars go. */
    void install(Path recording) {
        if (!Files.isRegularFile(recording)) {
            return;
        }
        try {
            Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String name = archive.getFileName().toString();
            String family = name.substring(0, name.indexOf(PREFIX) + PREFIX.length());
            try (DirectoryStream<Path> siblings = Files.newDirectoryStream(archive.getParent(), family + "*" + SUFFIX)) {
                for (Path old : siblings) {
                    if (!old.equals(archive)) {
                        Files.deleteIfExists(old);
                    }
                }
            }
        } catch (IOException e) {
            discard(recording); // no archive: later bakes record again, only slower once more
        }
    }

    static void discard(Path recording) {
        try {
            Files.deleteIfExists(recording);
        } catch (IOException ignored) {
            // a leftover temporary file in target/ does no harm
        }
    }

    private static String shortDigest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
