package vn.loa.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One place to call for help, as written in {@code data/ho-tro.yml}.
 *
 * @param number   the number as people read it aloud ("1900 969 680")
 * @param dial     digits only, for {@code tel:} links ("1900969680")
 * @param free     whether the caller pays nothing; false when unsure, never guessed
 * @param hours    when someone answers, or null when the data file does not say
 * @param audience who may call and when ({@code for:} in the file), or null
 * @param address  street address, or null (shelters never publish one)
 * @param national a nationwide number rather than a local service
 * @param inBox    shown in the compact support box too (nationwide numbers always are)
 */
public record SupportService(String name, String number, String dial, boolean free, String hours,
                             String audience, String address, boolean national, boolean inBox) {

    /** "tel:1900969680". */
    public String telLink() {
        return "tel:" + dial;
    }

    /** What a call costs, in the words the page shows next to the number. */
    public String costLabel() {
        return free ? "Miễn phí" : "Có tính cước (theo giá của nhà mạng)";
    }

    /** Plain maps for FreeMarker (records are not read as beans by every object wrapper). */
    Map<String, Object> templateModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("number", number);
        m.put("tel", telLink());
        m.put("free", free);
        m.put("cost", costLabel());
        putIfPresent(m, "hours", hours);
        putIfPresent(m, "audience", audience);
        putIfPresent(m, "address", address);
        m.put("national", national);
        m.put("inBox", inBox);
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
