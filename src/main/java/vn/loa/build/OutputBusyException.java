package vn.loa.build;

/** Another bake or the preview holds the output folder; the message says so in Vietnamese and what to do. */
public final class OutputBusyException extends RuntimeException {
    public OutputBusyException(String message) {
        super(message);
    }
}
