package org.goldseam.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Invented names for the synthetic caseload, drawn from many languages so that every screen, sort
 * order and PDF meets diacritics, non-Latin scripts and double-width characters. Given and family
 * names are combined at random: no combination stands for a real person.
 */
public final class DemoNames {
    private static final List<String> GIVEN = List.of(
            "Zoë", "Łukasz", "Søren", "Aoife", "Mateo", "Chiara", "Oluwaseun", "Ngozi", "Björn", "Ingrid",
            "Marisol", "Rafał", "Małgorzata", "José", "François", "Çağla", "Thảo", "Kenji", "Yuki", "Anaïs",
            "Ángel", "Siobhán", "Dagný", "Jiří", "Emeka", "Priya", "Arjun", "Leilani", "Tomás", "Noor",
            "Eliška", "Håkon", "Renée", "Mirela", "Kwame", "Ayşe", "Bartholomew", "Ines", "Pavel", "Sunniva");
    private static final List<String> FAMILY = List.of(
            "Łukasz-Ørsted", "Berg", "Nowak", "Ó Briain", "Fernández", "Rossi", "Adeyemi", "Okafor", "Lindqvist",
            "Haugen", "Delgado", "Wiśniewski", "Kowalczyk", "Gonçalves", "Lefèvre", "Yılmaz", "Nguyễn", "Tanaka",
            "Sato", "Dubois", "Müller", "Ní Mhurchú", "Jónsdóttir", "Dvořák", "Mensah", "Raghunathan", "Kahananui",
            "Ferreira", "Haddad", "Novotná", "Østergaard", "Fairweather", "Popescu", "Asante", "Öztürk", "Marlowe");
    /** Written family name first, as the name is written in Chinese, Japanese and Korean. */
    private static final List<String> EAST_ASIAN = List.of(
            "李静", "王芳", "张伟", "陈晓明", "刘洋", "佐藤 花子", "鈴木 一郎", "김민준", "이서연", "黄丽");
    private static final List<String> PRONOUNS = List.of("she/her", "he/him", "they/them", "she/they", "he/they");

    private DemoNames() {
    }

    public record Person(String fullName, @Nullable String preferredName, String pronouns) {
    }

    static Person pick(SplittableRandom random, int index) {
        String pronouns = PRONOUNS.get(weighted(random));
        // one client in nine has a name written in a CJK script, and the very first has the name the
        // acceptance tests search for, so a fresh demo always shows the hardest case on top
        if (index == 0) {
            return new Person("Zoë Łukasz-Ørsted", "Zoë", "she/her");
        }
        if (index % 9 == 4) {
            String name = EAST_ASIAN.get(random.nextInt(EAST_ASIAN.size()));
            return new Person(name, null, pronouns);
        }
        String given = GIVEN.get(random.nextInt(GIVEN.size()));
        String family = FAMILY.get(random.nextInt(FAMILY.size()));
        String preferred = random.nextInt(5) == 0 ? given.substring(0, Math.min(3, given.length())) : null;
        return new Person(given + " " + family, preferred, pronouns);
    }

    private static int weighted(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 45) return 0;
        if (roll < 80) return 1;
        if (roll < 92) return 2;
        return roll < 96 ? 3 : 4;
    }
}
