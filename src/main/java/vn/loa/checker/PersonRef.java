package vn.loa.checker;

/**
 * A named person in a block: an honorific (or child word) followed by capitalised name syllables, or
 * a full name recognised by its middle name (Thị, Văn).
 *
 * @param start     first token (the honorific when there is one)
 * @param nameStart first name token
 * @param end       exclusive end of the name
 * @param gender    'F', 'M' or '?' when neither honorific nor middle name tells
 * @param honorific the honorific's key, or null
 * @param initials  the name is abbreviated (N.T.H., chị H.)
 */
record PersonRef(int start, int nameStart, int end, char gender, String honorific, boolean initials) {

    int nameLength() {
        return end - nameStart;
    }

    /** Two or more written-out name syllables: enough to identify someone. */
    boolean fullName() {
        return nameLength() >= 2 && !initials;
    }
}
