package org.quotestance.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of speaker-phrase reads answers as a new read would, and reads each question once while it stays. */
class MentionCacheTest {
    private final List<String> reads = new ArrayList<>();

    /** a read that names its question, and finds nothing before token 10 */
    private Mention read(int end, int floor) {
        reads.add(end + "/" + floor);
        return end < 10 ? null : new Mention(floor, end, floor, end, Mention.Type.PERSON, "Read " + end + "/" + floor,
                null, "read", Gender.UNKNOWN, false);
    }

    @Test
    void aQuestionAskedAgainIsAnsweredWithoutReading() {
        MentionCache cache = new MentionCache(this::read);
        Mention first = cache.get(40, 30);
        assertThat(cache.get(40, 30)).isSameAs(first);
        assertThat(first.name()).isEqualTo("Read 40/30");
        assertThat(reads).containsExactly("40/30");
    }

    @Test
    void noPhraseIsRememberedToo() {
        MentionCache cache = new MentionCache(this::read);
        assertThat(cache.get(5, 0)).isNull();
        assertThat(cache.get(5, 0)).isNull();
        assertThat(reads).containsExactly("5/0");
    }

    @Test
    void anotherFloorIsAnotherQuestion() {
        MentionCache cache = new MentionCache(this::read);
        assertThat(cache.get(40, 30).name()).isEqualTo("Read 40/30");
        assertThat(cache.get(40, 38).name()).isEqualTo("Read 40/38");
        assertThat(cache.get(40, 30).name()).isEqualTo("Read 40/30");
        assertThat(reads).containsExactly("40/30", "40/38", "40/30");
    }

    @Test
    void endsThatShareASlotKeepTheirOwnAnswers() {
        MentionCache cache = new MentionCache(this::read);
        assertThat(cache.get(12, 0).name()).isEqualTo("Read 12/0");
        assertThat(cache.get(12 + 256, 0).name()).isEqualTo("Read 268/0");
        assertThat(cache.get(12, 0).name()).isEqualTo("Read 12/0");
        assertThat(cache.get(-1, -1)).isNull(); // nothing ends before the text, and that is never stored
        assertThat(reads).containsExactly("12/0", "268/0", "12/0", "-1/-1");
    }

    @Test
    void theReaderAnswersTheSameWithTheCache() {
        String text = "U.S. Secretary of Defense Pete Hegseth said the plan would hold, Hegseth said.";
        AnalysedText at = new AnalysedText(text, Lexicon.standard());
        MentionReader reader = new MentionReader(Lexicon.standard(), text, at.tokens);
        int said = at.cues.get(0).first();
        Mention m = reader.readBackward(said - 1, 0);
        assertThat(m.name()).isEqualTo("Pete Hegseth");
        assertThat(m.role()).isEqualTo("U.S. Secretary of Defense");
        assertThat(reader.readBackward(said - 1, 0)).isEqualTo(m);
        // a floor inside the title cuts the phrase: the cached answer for floor 0 is not handed out
        Mention cut = reader.readBackward(said - 1, said - 2);
        assertThat(cut.name()).isEqualTo("Pete Hegseth");
        assertThat(cut.role()).isNull();
    }
}
