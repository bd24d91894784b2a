package vn.loa.support;

import java.util.List;

/**
 * {@code data/ho-tro.yml} says something Loa cannot use. The message is for officers (Vietnamese);
 * the path ("national", 1, "free") lets the caller find the line in the file.
 */
public class SupportDataException extends Exception {
    private final transient List<Object> path;

    public SupportDataException(List<Object> path, String message) {
        super(message);
        this.path = List.copyOf(path);
    }

    /** Keys and list positions from the top of the file to the faulty value. */
    public List<Object> path() {
        return path;
    }
}
