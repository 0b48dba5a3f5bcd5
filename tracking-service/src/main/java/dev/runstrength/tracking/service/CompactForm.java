package dev.runstrength.tracking.service;

import dev.runstrength.tracking.domain.Prescription;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The primitives of tracking's compact binary forms (snapshots, plan views): numbers as variable-length
 * integers, doubles as their 8 bytes, strings as UTF-8 behind their length, enums by name, every nullable
 * value behind a presence mark. Nothing describes the fields: a codec writes and reads them in one fixed
 * order, and the stored format number says which order.
 */
final class CompactForm {

    private CompactForm() {
    }

    /** A prescription, as both forms hold it (a snapshot's current dose, a plan view's sessions). */
    static void prescription(Out out, Prescription prescription) {
        out.string(prescription.exerciseId());
        out.integer(prescription.sets());
        out.nullableInteger(prescription.reps());
        out.nullableInteger(prescription.holdSeconds());
        out.nullableDouble(prescription.loadKg());
    }

    static Prescription prescription(In in) {
        return new Prescription(in.string(), in.integer(), in.nullableInteger(), in.nullableInteger(), in.nullableDouble());
    }

    /** A growing byte array with the few primitives the form uses. */
    static final class Out {

        private byte[] buffer = new byte[256];
        private int size;

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }

        void flag(boolean value) {
            put(value ? 1 : 0);
        }

        /** A signed int, zigzag-encoded in 7-bit groups: small values, negative or not, take one byte. */
        void integer(int value) {
            unsigned((value << 1) ^ (value >> 31));
        }

        void nullableInteger(Integer value) {
            flag(value != null);
            if (value != null) {
                integer(value);
            }
        }

        void decimal(double value) {
            longBits(Double.doubleToRawLongBits(value));
        }

        void longBits(long bits) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                put((int) (bits >>> shift));
            }
        }

        void nullableDouble(Double value) {
            flag(value != null);
            if (value != null) {
                decimal(value);
            }
        }

        void instant(Instant value) {
            flag(value != null);
            if (value != null) {
                longBits(value.getEpochSecond());
                integer(value.getNano());
            }
        }

        /** Null as 0, else the UTF-8 length plus one, then the bytes. */
        void string(String value) {
            if (value == null) {
                unsigned(0);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length + 1);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buffer, size, utf8.length);
            size += utf8.length;
        }

        void name(Enum<?> value) {
            string(value == null ? null : value.name());
        }

        private void unsigned(int value) {
            while ((value & ~0x7F) != 0) {
                put((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            put(value);
        }

        private void put(int b) {
            ensure(1);
            buffer[size++] = (byte) b;
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }

    /** Reads what {@link Out} wrote; any misstep throws, and the snapshot is then rebuilt. */
    static final class In {

        private final byte[] data;
        private int position;

        In(byte[] data) {
            this.data = data;
        }

        boolean flag() {
            int b = next();
            if (b > 1) {
                throw new IllegalArgumentException("a presence mark of " + b + " at byte " + (position - 1));
            }
            return b == 1;
        }

        int integer() {
            int zigzag = unsigned();
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        /** A count of entries: never negative. */
        int count() {
            int count = integer();
            if (count < 0 || count > data.length) {
                throw new IllegalArgumentException("a count of " + count + " at byte " + position);
            }
            return count;
        }

        Integer nullableInteger() {
            return flag() ? integer() : null;
        }

        double decimal() {
            return Double.longBitsToDouble(longBits());
        }

        Double nullableDouble() {
            return flag() ? decimal() : null;
        }

        long longValue() {
            return longBits();
        }

        Instant instant() {
            return flag() ? Instant.ofEpochSecond(longBits(), integer()) : null;
        }

        String string() {
            int length = unsigned();
            if (length == 0) {
                return null;
            }
            length--;
            if (length > data.length - position) {
                throw new IllegalArgumentException("a string of " + length + " bytes at byte " + position);
            }
            String value = new String(data, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        <E extends Enum<E>> E name(Class<E> type) {
            String name = string();
            return name == null ? null : Enum.valueOf(type, name);
        }

        private long longBits() {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | next();
            }
            return bits;
        }

        private int unsigned() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = next();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("a variable-length integer longer than 5 bytes at byte " + position);
        }

        /** Throws when bytes are left over: what was read is not what was written. */
        void end() {
            if (position != data.length) {
                throw new IllegalArgumentException((data.length - position) + " bytes left over");
            }
        }

        private int next() {
            if (position >= data.length) {
                throw new IllegalArgumentException("the snapshot ends early, at byte " + position);
            }
            return data[position++] & 0xFF;
        }
    }
}
