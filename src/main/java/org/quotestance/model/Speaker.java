package org.quotestance.model;

import java.util.List;

/**
 * A canonical speaker. Inside an article "Hegseth" and "U.S. Secretary of Defense Pete Hegseth" are
 * one speaker named "Pete Hegseth"; across a project, named speakers with the same full name share
 * one entry of the registry ({@code speakers.json}) and its id.
 *
 * @param id      stable id: {@link SpeakerIds#forName} for named speakers, article-local otherwise
 * @param roles   titles or offices seen with the name, most specific first
 * @param aliases other mentions of the same speaker ("Hegseth")
 */
public record Speaker(String id, String name, SpeakerType type, List<String> roles, String affiliation,
                      List<String> aliases) {
    public Speaker {
        roles = List.copyOf(roles == null ? List.of() : roles);
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        type = type == null ? SpeakerType.PERSON : type;
    }

    /** The first (most specific) role, or null. */
    public String role() {
        return roles.isEmpty() ? null : roles.get(0);
    }
}
