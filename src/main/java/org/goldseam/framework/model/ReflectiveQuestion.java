package org.goldseam.framework.model;

/** The four reflective questions a note can record an answer to. Keys are stored; prompts are Goldseam's own wording. */
public enum ReflectiveQuestion {
    FEAR_OF_STOPPING("fear_of_stopping",
            "If you let yourself stop striving to be flawless, what do you dread would follow?"),
    ORIGIN_OF_CONDITIONAL_WORTH("origin_of_conditional_worth",
            "Where did you first come to believe that your value rests on what you achieve or keep under control?"),
    WHO_SAID_HUMAN_NOT_ENOUGH("who_said_human_not_enough",
            "Who showed you that being an ordinary, imperfect person would not be good enough?"),
    MEANING_OF_ACCEPTANCE("meaning_of_acceptance",
            "What would it be like to be welcomed for who you are rather than for how well you perform?");

    private final String key;
    private final String prompt;

    ReflectiveQuestion(String key, String prompt) {
        this.key = key;
        this.prompt = prompt;
    }

    public String key() {
        return key;
    }

    public String prompt() {
        return prompt;
    }

    public static ReflectiveQuestion fromKey(String key) {
        for (ReflectiveQuestion question : values()) {
            if (question.key.equals(key)) {
                return question;
            }
        }
        throw new IllegalArgumentException("unknown reflective question: " + key);
    }
}
