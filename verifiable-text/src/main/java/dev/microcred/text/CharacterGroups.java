package dev.microcred.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The compact {@code charNormalization} notation: groups separated by whitespace, each group
 * being source characters, an arrow U+2192, and exactly one replacement character.
 *
 * <p>Groups are applied one after the other over the whole text, one source character at a
 * time, because that is what the clients do: with {@code "a→b b→c"} an {@code a} ends as {@code c}.
 */
final class CharacterGroups {

    private static final String ARROW = "\u2192";

    private record Group(String sources, String replacement) {
    }

    private final List<Group> groups;

    private CharacterGroups(List<Group> groups) {
        this.groups = groups;
    }

    static CharacterGroups parse(String notation) {
        List<Group> groups = new ArrayList<>();
        for (String group : Whitespace.split(notation)) {
            groups.add(parseGroup(group));
        }
        return new CharacterGroups(groups);
    }

    private static Group parseGroup(String group) {
        String[] parts = group.split(ARROW, -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].length() != 1) {
            throw new IllegalArgumentException("charNormalization group '" + group
                    + "' must be characters, '" + ARROW + "', then exactly one character"
                    + " (live-verify clients skip other groups)");
        }
        return new Group(parts[0], parts[1]);
    }

    String applyTo(String text) {
        String result = text;
        for (Group group : groups) {
            for (int cp : group.sources().codePoints().toArray()) {
                result = result.replace(new String(Character.toChars(cp)), group.replacement());
            }
        }
        return result;
    }
}
