package vn.loa.calendar;

import vn.loa.content.ContentHeader;
import vn.loa.content.ContentType;
import vn.loa.content.ProblemSink;

import java.util.Set;

/** {@code type=event}: a local event with dates, place and category, at /su-kien/&lt;slug&gt;/. */
final class EventType implements ContentType {

    @Override
    public String type() {
        return "event";
    }

    @Override
    public String label() {
        return "sự kiện";
    }

    @Override
    public String section() {
        return "su-kien";
    }

    @Override
    public Set<String> extraKeys() {
        return EventDetails.KEYS;
    }

    /** Dates and times here; the category is checked later against data/lich/loai-su-kien.yml. */
    @Override
    public void validate(ContentHeader header, ProblemSink problems) {
        EventDetails.read(header, problems);
    }
}
