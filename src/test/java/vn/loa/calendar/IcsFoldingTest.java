package vn.loa.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsFoldingTest {

    @Test
    void foldsVietnameseByOctetsWithoutSplittingCharacters() {
        String line = "SUMMARY:" + "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới ".repeat(3);
        String folded = IcsFolding.fold(line + "\r\n");
        for (String physical : folded.split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, "too long: " + bytes.length + " octets: " + physical);
            // Re-encoding the decoded line gives the same bytes only if no UTF-8 sequence was cut.
            assertEquals(physical, new String(bytes, StandardCharsets.UTF_8));
        }
        assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""));
        assertTrue(folded.endsWith("\r\n"));
    }

    @Test
    void shortAsciiLinesStayAsTheyAreWithCrlf() {
        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", IcsFolding.fold("BEGIN:VCALENDAR\nVERSION:2.0\n"));
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String line = "X".repeat(73) + "ă"; // 73 + 2 octets
        assertEquals(line + "\r\n", IcsFolding.fold(line));
        String longer = "X".repeat(74) + "ă"; // 76 octets: the 2-octet letter moves whole to the next line
        assertEquals("X".repeat(74) + "\r\n ă\r\n", IcsFolding.fold(longer));
    }
}
