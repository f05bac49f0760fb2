package dev.microcred.issuer.document;

import dev.microcred.text.VerifyLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The six credentials of the seed document, built from the field values their blocks show. */
public record SeedCredential(String block, String issuer, DateStyle style, VerifyLine verifyLine,
        CredentialContent content) {

    public VerifiableCredentialText render() {
        return CredentialRenderer.render(content, issuer, style, verifyLine, Optional.empty());
    }

    @Override
    public String toString() {
        return block;
    }

    static List<SeedCredential> all() {
        return List.of(lambdaDeepDive(), threePhaseSystems(), mlDeployment(), cardiacImaging(),
                englishTest(), accessibilityBadge());
    }

    public static SeedCredential lambdaDeepDive() {
        return new SeedCredential("micro1", "AWS Training and Certification", DateStyle.US,
                VerifyAddress.verifyLineFor("aws.training/cred", "jc-lambda-2026"),
                new SkillModule("james.chen@email.com", "AWS Lambda Deep Dive", "Specialty Module", "Advanced",
                        LocalDate.of(2026, 1, 3), 94, new BigDecimal("4.2"), null, null));
    }

    static SeedCredential threePhaseSystems() {
        return new SeedCredential("micro2", "City & Guilds", DateStyle.UK,
                VerifyAddress.verifyLineFor("cityandguilds.com/v", "7891234-308"),
                new PracticalCompetency("Michael Torres", "7891234", "Electrical Installation - Three-Phase Systems",
                        "2365-03-Unit-308", "3", "Practical + Theory", "COMPETENT", LocalDate.of(2026, 1, 12),
                        "R. Williams", "CG-44521", null));
    }

    static SeedCredential mlDeployment() {
        return new SeedCredential("micro3", "LinkedIn Skills Verification", DateStyle.US,
                VerifyAddress.verifyLineFor("linkedin.com/skills/v", "sarahkim-mlops"),
                new PeerAttestation("Sarah Kim", "linkedin.com/in/sarahkim", "Machine Learning Model Deployment",
                        List.of(new PeerAttestation.Attestor("Dr. James Liu", "ML Lead", "TechCorp"),
                                new PeerAttestation.Attestor("Maria Santos", "Senior Engineer", "DataCo"),
                                new PeerAttestation.Attestor("Ahmed Hassan", "CTO", "AI Startup")),
                        YearMonth.of(2026, 1), "High", "3 senior practitioners", null, null));
    }

    static SeedCredential cardiacImaging() {
        return new SeedCredential("micro4", "American Medical Association", DateStyle.US,
                VerifyAddress.verifyLineFor("ama-assn.org/cme/v", "1234567890-2026-01"),
                new ContinuingEducation("Physician", "Dr. Robert Chen, MD", "NPI", "1234567890",
                        "Advanced Cardiac Imaging 2026", "AMA PRA Category 1", new BigDecimal("2.5"), "CME",
                        LocalDate.of(2026, 1, 6), "Live Webinar", "UCSF Medical Center", null, null));
    }

    static SeedCredential englishTest() {
        return new SeedCredential("micro5", "Duolingo English Test", DateStyle.US,
                VerifyAddress.verifyLineFor("englishtest.duolingo.com/v", "DET-2026-4478921"),
                new LanguageProficiency("Maria Garcia", "DET-2026-4478921", 125, 160,
                        List.of(new LanguageProficiency.Subscore("Literacy", 120),
                                new LanguageProficiency.Subscore("Conversation", 130),
                                new LanguageProficiency.Subscore("Comprehension", 125),
                                new LanguageProficiency.Subscore("Production", 125)),
                        "B2-C1", LocalDate.of(2026, 1, 4), LocalDate.of(2028, 1, 4)));
    }

    static SeedCredential accessibilityBadge() {
        return new SeedCredential("micro6", "Mozilla Foundation / IMS Global", DateStyle.US,
                VerifyAddress.verifyLineFor("openbadges.org/v", "w3c-a11y-at-2026"),
                new OpenBadge("Alex Thompson", "a3f2...8b71", "Web Accessibility Specialist",
                        "W3C Web Accessibility Initiative",
                        List.of(new OpenBadge.Criterion("WCAG 2.1 Assessment", "Passed"),
                                new OpenBadge.Criterion("Practical Audit", "3 sites reviewed"),
                                new OpenBadge.Criterion("Peer Review", "Approved")),
                        LocalDate.of(2026, 1, 8), null, null));
    }
}
