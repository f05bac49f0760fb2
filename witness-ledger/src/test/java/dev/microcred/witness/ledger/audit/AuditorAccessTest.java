package dev.microcred.witness.ledger.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditorAccessTest {

    @Test
    void withNoTokenConfiguredNobodyIsAnAuditor() {
        AuditorAccess none = new AuditorAccess(Optional.of(" "));

        NotAuditorException refused = assertThrows(NotAuditorException.class, () -> none.require("Bearer "));

        assertEquals("this witness has no auditor token configured", refused.getMessage());
    }

    @Test
    void duringARotationTheOldAndTheNewTokenAreBothAccepted() {
        AuditorAccess rotating = new AuditorAccess(Optional.of("new-auditor-token,old-auditor-token"));

        rotating.require("Bearer new-auditor-token");
        rotating.require("Bearer old-auditor-token");
        assertThrows(NotAuditorException.class, () -> rotating.require("Bearer older-auditor-token"));
    }

    @Test
    void onlyABearerHeaderWithTheWholeTokenIsAccepted() {
        AuditorAccess auditors = new AuditorAccess(Optional.of("auditor-token"));

        assertThrows(NotAuditorException.class, () -> auditors.require(null));
        assertThrows(NotAuditorException.class, () -> auditors.require("auditor-token"));
        assertThrows(NotAuditorException.class, () -> auditors.require("Basic auditor-token"));
        assertThrows(NotAuditorException.class, () -> auditors.require("Bearer auditor-toke"));
        auditors.require("Bearer auditor-token");
    }
}
