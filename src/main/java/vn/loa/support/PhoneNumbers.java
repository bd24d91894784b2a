package vn.loa.support;

import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as officers write them ("1900 969 680", "0231 3 852 468", "+84 24 3765 4321").
 * A number is shown exactly as written and dialled by its digits; one that fits no Vietnamese format is
 * refused, because a wrong number on the support page is the worst thing this site can do.
 */
final class PhoneNumbers {
    /** Digits with spaces, dots or hyphens between them, optionally after a leading +. */
    private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9][0-9 .\\-]*[0-9]|[0-9]");
    private static final Pattern NATIONAL_FORMS = Pattern.compile(
        "11[1-5]"                    // short codes: 111 children, 112 rescue, 113 police, 114 fire, 115 ambulance
            + "|(1800|1900)([0-9]{4}|[0-9]{6})" // toll-free and premium lines
            + "|02[0-9]{9}"              // landlines: 0 + area code 2x/2xx + subscriber, 11 digits
            + "|0[35789][0-9]{8}");      // mobiles, 10 digits
    private static final String FORMATS = "Số dùng được: số ngắn 111, 112, 113, 114, 115; số 1800 hoặc 1900 (ví dụ "
        + "\"1800 1768\", \"1900 969 680\"); số cố định có mã vùng, 11 chữ số bắt đầu bằng 02 (ví dụ \"0231 3 852 468\"); "
        + "số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09; hoặc các số cố định, di động đó viết dạng +84 "
        + "(bỏ số 0 ở đầu, ví dụ \"+84 231 3 852 468\"). Hãy gọi thử số và chép lại đúng từng chữ số.";

    private PhoneNumbers() {
    }

    /** What is wrong with a number as written, in Vietnamese, or null when it is a Vietnamese phone number. */
    static String fault(String number) {
        if (!WRITTEN.matcher(number).matches()) {
            return "Số điện thoại \"" + number + "\" có chữ cái hoặc ký tự không phải chữ số. Chỉ dùng chữ số, dấu cách "
                + "(và dấu + ở đầu cho dạng +84), ví dụ number: \"1900 969 680\". " + FORMATS;
        }
        if (!NATIONAL_FORMS.matcher(national(dial(number))).matches()) {
            return "Số điện thoại \"" + number + "\" không đúng dạng số điện thoại Việt Nam (thừa hoặc thiếu chữ số, "
                + "hoặc sai đầu số). " + FORMATS;
        }
        return null;
    }

    /** What a tel: link dials: the digits as written, with the + of an international form kept. */
    static String dial(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        return number.startsWith("+") ? "+" + digits : digits;
    }

    /** The same number in its national form (+84 24… is 024…), so one number written two ways is one number. */
    static String national(String dial) {
        return dial.startsWith("+84") ? "0" + dial.substring(3) : dial;
    }
}
