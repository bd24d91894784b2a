package vn.loa.calendar;

/**
 * One kind of event from data/lich/loai-su-kien.yml.
 *
 * @param id   slug used in headers ({@code category=tap-huan}) and in the feed name /lich/&lt;id&gt;.ics
 * @param name Vietnamese label shown to readers
 */
public record EventCategory(String id, String name) {
}
