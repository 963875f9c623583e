package org.quotestance.model;

/**
 * A position a quote can take, such as "No U.S. troops in Ukraine".
 *
 * @param color    CSS hex colour, e.g. "#d9534f"
 * @param shortcut a key "1".."9", or null
 */
public record Stance(String id, String name, String description, String color, String shortcut) {
}
