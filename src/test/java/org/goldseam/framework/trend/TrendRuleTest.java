package org.goldseam.framework.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldseam.framework.model.Category;
import org.junit.jupiter.api.Test;

/** The one trend rule at its edges, and what a direction means for each category. */
class TrendRuleTest {
    private static TrendDirection of(int... y) {
        long[] x = new long[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = i;
        }
        return TrendRule.direction(x, y);
    }

    @Test
    void fewerThanThreeSessionsAreTooFew() {
        assertThat(of()).isEqualTo(TrendDirection.TOO_FEW);
        assertThat(of(1, 9)).isEqualTo(TrendDirection.TOO_FEW);
        assertThat(of(1, 5, 9)).isEqualTo(TrendDirection.RISING);
    }

    @Test
    void aFittedChangeOfOnePointFiveAcrossTheSpanIsTheEdge() {
        // fitted slope 0.5 over a span of 3 sessions: exactly 1.5, rising; the mirror image falling
        assertThat(of(3, 3, 5, 4)).isEqualTo(TrendDirection.RISING);
        assertThat(of(4, 5, 3, 3)).isEqualTo(TrendDirection.FALLING);
        // 10/7 (about 1.43) across the span: steady
        assertThat(of(3, 3, 3, 3, 3, 5)).isEqualTo(TrendDirection.STEADY);
        // 5, 5, 6: slope 0.5 over a span of 2, a change of 1.0: steady (the old search called it rising)
        assertThat(of(5, 5, 6)).isEqualTo(TrendDirection.STEADY);
        assertThat(of(5, 5, 5, 5)).isEqualTo(TrendDirection.STEADY);
    }

    @Test
    void placesAreSessionOrder() {
        // places may be negative (the search counts back from the latest session) and need not be adjacent
        assertThat(TrendRule.direction(new long[] {-3, -2, -1}, new int[] {5, 6, 7})).isEqualTo(TrendDirection.RISING);
        assertThat(TrendRule.direction(new long[] {0, 1, 10}, new int[] {5, 5, 6})).isEqualTo(TrendDirection.STEADY);
        assertThat(TrendRule.direction(new long[] {0, 5, 10}, new int[] {4, 5, 6})).isEqualTo(TrendDirection.RISING);
    }

    @Test
    void interventionUseFollowsTheSameRule() {
        // used in the first three of six sessions, then not: falling use
        assertThat(of(TrendRule.USED, TrendRule.USED, TrendRule.USED, 0, 0, 0)).isEqualTo(TrendDirection.FALLING);
        // used in every session: steady
        assertThat(of(TrendRule.USED, TrendRule.USED, TrendRule.USED)).isEqualTo(TrendDirection.STEADY);
    }

    @Test
    void risingIsWorseForDifficultiesAndBetterForStrengths() {
        assertThat(TrendRule.meaning(TrendDirection.RISING, Category.COST)).isEqualTo(TrendMeaning.WORSENING);
        assertThat(TrendRule.meaning(TrendDirection.FALLING, Category.COST)).isEqualTo(TrendMeaning.IMPROVING);
        assertThat(TrendRule.meaning(TrendDirection.RISING, Category.CORE_BELIEF)).isEqualTo(TrendMeaning.WORSENING);
        assertThat(TrendRule.meaning(TrendDirection.RISING, Category.STRENGTH)).isEqualTo(TrendMeaning.IMPROVING);
        assertThat(TrendRule.meaning(TrendDirection.FALLING, Category.STRENGTH)).isEqualTo(TrendMeaning.WORSENING);
        assertThat(TrendRule.meaning(TrendDirection.RISING, Category.INTERVENTION)).isEqualTo(TrendMeaning.NONE);
        assertThat(TrendRule.meaning(TrendDirection.STEADY, Category.COST)).isEqualTo(TrendMeaning.NONE);
        assertThat(TrendRule.meaning(TrendDirection.TOO_FEW, Category.STRENGTH)).isEqualTo(TrendMeaning.NONE);
        // a search over a strength and a cost together has no single good direction
        assertThat(TrendRule.meaning(TrendDirection.RISING, List.of(Category.STRENGTH, Category.COST))).isEqualTo(TrendMeaning.NONE);
        assertThat(TrendRule.meaning(TrendDirection.RISING, List.of(Category.DEFENSE, Category.COST))).isEqualTo(TrendMeaning.WORSENING);
    }
}
