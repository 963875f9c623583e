package org.quotestance.detect;

import org.junit.jupiter.api.Test;
import org.quotestance.model.Quote;
import org.quotestance.model.QuoteKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported speech inside reported speech: a source reports what someone told someone else. The
 * spans found must nest or stay apart, never cross, and the source who reports is the speaker.
 * Stories written for the test.
 */
class NestedReportTest {
    @Test
    void aReportedClauseStopsBeforeTheSentencesOwnTrailingAttribution() {
        Detected d = Detected.in("""
                Port talks stalled again on Thursday.

                The mood soured after Mayor Ines Halvorsen told union leaders that she had "no more money" for the harbour, three people at the meeting said.
                """);
        List<Quote> reported = d.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        for (Quote a : reported) {
            for (Quote b : reported) {
                boolean crossing = a.span().start() < b.span().start() && b.span().start() < a.span().end()
                        && a.span().end() < b.span().end();
                assertThat(crossing).as("%s crosses %s", a.text(d.text), b.text(d.text)).isFalse();
            }
        }
        assertThat(d.speakerOf("The mood soured")).isEqualTo("Three people at the meeting");
        assertThat(d.quote("she had", QuoteKind.INDIRECT).text(d.text)).doesNotContain("three people");
    }

    @Test
    void accordingToASourceWhoseClauseOpensWithATitledName() {
        Detected d = Detected.in("""
                Budget talks resume on Monday.

                According to a senior Treasury aide, Finance Minister Olav Brekke has told his party that he will not raise fuel duty.
                """);
        assertThat(d.speakerOf("Finance Minister Olav Brekke has told")).isEqualTo("A senior Treasury aide");
        assertThat(d.texts(QuoteKind.INDIRECT)).hasSize(1);
    }

    @Test
    void aSourceCloseToANamedPersonIsNotThatPerson() {
        Detected d = Detected.in("""
                “We will not be rushed,” said Senate leader Margot Lindqvist.

                A person close to Lindqvist said the leader had no interest in a public fight.
                """);
        assertThat(d.speakerOf("the leader had no interest")).isEqualTo("A person close to Lindqvist");
    }
}
