package dev.runstrength.infra.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scrape of a /q/metrics answer (Prometheus text format), to find samples by name and label. */
public final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\d+)?$");

    /** One sample line: the metric name, its labels as written ({@code a="b",c="d"}) and the value. */
    public record Sample(String name, String labels, double value) {

        public boolean hasLabel(String label, String value) {
            return labels.contains(label + "=\"" + value + "\"");
        }
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    public static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = SAMPLE.matcher(line.trim());
            if (matcher.matches()) {
                samples.add(new Sample(matcher.group(1), matcher.group(3) == null ? "" : matcher.group(3),
                        value(matcher.group(4))));
            }
        }
        return new PrometheusText(samples);
    }

    public List<Sample> named(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    public List<Sample> startingWith(String prefix) {
        return samples.stream().filter(sample -> sample.name().startsWith(prefix)).toList();
    }

    public Optional<Sample> one(String name, String label, String value) {
        return named(name).stream().filter(sample -> sample.hasLabel(label, value)).findFirst();
    }

    private static double value(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
