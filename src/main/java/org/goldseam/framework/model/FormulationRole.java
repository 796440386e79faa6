package org.goldseam.framework.model;

/** The four links of the shame cycle; each role takes entries of the category with the same name. */
public enum FormulationRole {
    TRIGGER(Category.TRIGGER), CORE_BELIEF(Category.CORE_BELIEF), DEFENSE(Category.DEFENSE), COST(Category.COST);

    private final Category category;

    FormulationRole(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public String code() {
        return category.code();
    }

    public static FormulationRole fromCode(String code) {
        for (FormulationRole role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown formulation role: " + code);
    }
}
