package dev.microcred.deploy;

/** The seed's AWS Lambda credential and its issuer, with the serial off so the text equals the seed's. */
final class Seed {
    static final String AWS_ISSUER = """
            {"id":"aws-training","displayName":"AWS Training and Certification","verifyBase":"aws.training/cred",
             "jurisdictions":["US"],"dateStyle":"US","serialOff":["SKILL_MODULE"]}""";
    static final String LAMBDA = """
            {"documentType":"SKILL_MODULE","pathSegment":"jc-lambda-2026","holder":"james.chen@email.com",
             "credential":"AWS Lambda Deep Dive","moduleType":"Specialty Module","level":"Advanced",
             "completedOn":"2026-01-03","scorePercent":94,"hours":4.2}""";
    static final String LAMBDA_HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";
    static final String CITY_AND_GUILDS = """
            {"id":"city-and-guilds","displayName":"City & Guilds","verifyBase":"cityandguilds.com/v",
             "jurisdictions":["UK"],"dateStyle":"UK"}""";

    /** The Duolingo English Test answers to two jurisdictions, so every witness of either receives its deltas. */
    static final String DUOLINGO = """
            {"id":"duolingo-english-test","displayName":"Duolingo English Test","verifyBase":"englishtest.duolingo.com/v",
             "jurisdictions":["US","UK"],"dateStyle":"US"}""";

    static String competency(String unitCode) {
        return """
            {"documentType":"PRACTICAL_COMPETENCY","pathSegment":"7891234-308","candidate":"Michael Torres",
             "registration":"7891234","unit":"Electrical Installation - Three-Phase Systems","unitCode":"%s",
             "level":"3","assessment":"Practical + Theory","result":"COMPETENT","assessedOn":"2026-01-12",
             "assessorName":"R. Williams","assessorRegistration":"CG-44521"}""".formatted(unitCode);
    }

    static String languageTest(String validUntil) {
        return languageTest(validUntil, "DET-2024-1100001");
    }

    static String languageTest(String validUntil, String testId) {
        return """
            {"documentType":"LANGUAGE_PROFICIENCY","pathSegment":"%s","validUntil":"%s",
             "testTaker":"Maria Garcia","testId":"%s","overallScore":125,"maxScore":160,
             "subscores":[{"name":"Literacy","score":120}],"cefrEstimate":"B2-C1","testedOn":"2024-01-04"}"""
                .formatted(testId, validUntil, testId);
    }

    private Seed() {
    }
}
