package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The council said in a post on Facebook that …" and a quote after it: the service where the words were posted is
 * never their speaker. Each test is on a story written for it.
 */
class PlatformsNeverSpeakTest {
    @Test
    void aQuoteAfterAPostOnAServiceKeepsThePoster() {
        Detected d = Detected.in("""
                Police search band council office

                The Tsawwassen Ridge Council said in a post on Facebook that its chief was co-operating with investigators. "The chief was told of the search early this morning and is helping the officers in every way," the post said.
                """);
        assertThat(d.speakerOf("The chief was told of the search")).isNotEqualTo("Facebook");
    }

    @Test
    void aQuotedPostGoesToWhoeverPostedIt() {
        Detected d = Detected.in("""
                Mayor answers critics after closure

                Mayor Ilona Vasquez said in a post on Instagram that the pool would reopen in spring.

                "We heard every family that wrote to us, and we will not let the summer pass without it," according to Instagram.
                """);
        assertThat(d.speakerOf("We heard every family")).isEqualTo("Ilona Vasquez");
    }
}
