package vn.loa.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit's contact line ({@code loa.contact}, e.g. "Điện thoại: 0238 3 000 000 · Thư điện tử: a@b.gov.vn") as HTML
 * with its phone numbers as {@code tel:} links and its e-mail addresses as {@code mailto:} links, so a reader on a
 * phone can tap them. A number is linked only when it is a Vietnamese phone number ({@link PhoneNumbers}); its
 * visible text stays exactly as written. Everything else is escaped.
 */
public final class ContactLinks {
    private static final Pattern PHONE_OR_MAIL = Pattern.compile(
        "(?<mail>[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)"
            + "|(?<phone>(?<![0-9A-Za-z])\\+?[0-9][0-9 .\\-]*[0-9](?![0-9A-Za-z]))");

    private ContactLinks() {
    }

    public static String html(String contact) {
        if (contact == null || contact.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher m = PHONE_OR_MAIL.matcher(contact);
        int last = 0;
        while (m.find()) {
            String mail = m.group("mail");
            String phone = m.group("phone") == null ? null : m.group("phone").strip();
            if (mail == null && (phone == null || PhoneNumbers.fault(phone) != null)) {
                continue;
            }
            out.append(escape(contact.substring(last, m.start())));
            if (mail != null) {
                out.append("<a href=\"mailto:").append(escape(mail)).append("\">").append(escape(mail)).append("</a>");
                last = m.end();
            } else {
                int start = contact.indexOf(phone, m.start());
                out.append(escape(contact.substring(m.start(), start)));
                out.append("<a href=\"tel:").append(PhoneNumbers.dial(phone)).append("\">").append(escape(phone)).append("</a>");
                last = start + phone.length();
            }
        }
        return out.append(escape(contact.substring(last))).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
