package org.goldseam.archfixture.jooqleak;

/** Breaks the rule on purpose: SQL written outside a repository. */
public class SqlInAService {
    public int count(org.jooq.DSLContext dsl) {
        return dsl.fetchCount(org.jooq.impl.DSL.table("client"));
    }
}
