package vn.loa.scaffold;

/** A new document could not be created; the message is Vietnamese and says what to do. */
public final class ScaffoldException extends Exception {
    public ScaffoldException(String message) {
        super(message);
    }
}
