package dev.runstrength.local;

/** A program of the test classpath for {@link ClassDataArchiveTest}: loads a class of its own and ends. */
public final class ClassDataProbe {

    private ClassDataProbe() {
    }

    public static void main(String[] args) {
        System.out.println("probe " + ClassDataProbe.class.getSimpleName());
    }
}
