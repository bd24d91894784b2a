package vn.loa.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Records made on one thread, handed over and cleared in one call. A converting thread works on one file at a
 * time, so what it records (Asciidoctor warnings, refused includes) belongs to that file.
 */
public final class ThreadRecords<T> {
    private final ThreadLocal<List<T>> records = ThreadLocal.withInitial(ArrayList::new);

    public void add(T record) {
        records.get().add(record);
    }

    public void addAll(Collection<? extends T> more) {
        records.get().addAll(more);
    }

    /** What this thread recorded since the last call; clears it. */
    public List<T> drain() {
        List<T> drained = new ArrayList<>(records.get());
        records.get().clear();
        return drained;
    }
}
