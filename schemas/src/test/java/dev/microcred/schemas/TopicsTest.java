package dev.microcred.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retention rules of the catalogue: history for ever, personal data in transit for days. */
class TopicsTest {

    @Test
    void trainingCompletionsAreDeletedAfterAWeek() {
        var configs = Topics.TRAINING_COMPLETIONS.definition(6, (short) 3).configs();
        assertEquals("delete", configs.get("cleanup.policy"));
        assertEquals(Long.toString(Duration.ofDays(7).toMillis()), configs.get("retention.ms"));
    }

    @Test
    void theHistoryTopicsKeepEverythingForEver() {
        for (Topics topic : new Topics[] {Topics.CREDENTIAL_EVENTS, Topics.STATUS_DELTAS, Topics.WITNESS_RECEIPTS}) {
            assertEquals("-1", topic.definition(6, (short) 3).configs().get("retention.ms"), topic.topic());
        }
    }

    @Test
    void rejectionTopicsAreNeverCompactedAndKeepWhatTheySetAsideAsLongAsItsSource() {
        for (Topics.Rejections rejections : Topics.Rejections.values()) {
            var configs = rejections.definition(6, (short) 3).configs();
            assertEquals("delete", configs.get("cleanup.policy"), rejections.topic());
            assertEquals(Long.toString(rejections.source().retentionMs()), configs.get("retention.ms"), rejections.topic());
        }
        assertEquals(Long.toString(Duration.ofDays(7).toMillis()),
                Topics.Rejections.TRAINING_COMPLETIONS_REJECTED.definition(6, (short) 3).configs().get("retention.ms"));
    }

    @Test
    void theCompletionTopicIsCatalogued() {
        assertEquals(Topics.TRAINING_COMPLETIONS, Topics.named("training.completions"));
        assertEquals("training.completions-value", Topics.TRAINING_COMPLETIONS.valueSubject());
    }
}
