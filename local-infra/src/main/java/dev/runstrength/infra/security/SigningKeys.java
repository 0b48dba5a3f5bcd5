package dev.runstrength.infra.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair as PEM files: {@code privateKey.pem} (PKCS#8) signs tokens, {@code publicKey.pem}
 * (X.509) is what a service is told to trust ({@code mp.jwt.verify.publickey.location}).
 */
public record SigningKeys(Path privateKeyFile, Path publicKeyFile) {

    public static final String PRIVATE_KEY = "privateKey.pem";
    public static final String PUBLIC_KEY = "publicKey.pem";

    /** The pair's files in {@code dir}, whether they exist or not. */
    public static SigningKeys at(Path dir) {
        return new SigningKeys(dir.resolve(PRIVATE_KEY), dir.resolve(PUBLIC_KEY));
    }

    /** The pair in {@code dir}, made first when it is not there yet (the private half readable by its owner only). */
    public static SigningKeys inDirectory(Path dir) {
        SigningKeys keys = at(dir);
        if (Files.isRegularFile(keys.privateKeyFile) && Files.isRegularFile(keys.publicKeyFile)) {
            return keys;
        }
        KeyPair pair = generate();
        try {
            Files.createDirectories(dir);
            Files.writeString(keys.publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(keys.privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            keys.privateKeyFile.toFile().setReadable(false, false);
            keys.privateKeyFile.toFile().setReadable(true, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a signing key pair to " + dir, e);
        }
        return keys;
    }

    public boolean exists() {
        return Files.isRegularFile(privateKeyFile) && Files.isRegularFile(publicKeyFile);
    }

    public PrivateKey privateKey() {
        try {
            return privateKeyFromPem(Files.readString(privateKeyFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + privateKeyFile, e);
        }
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no RSA key generator in this JVM", e);
        }
    }

    public static PrivateKey privateKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key in PEM form", e);
        }
    }

    public static PublicKey publicKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 RSA public key in PEM form", e);
        }
    }

    /** A PEM file from the class path, e.g. the tests' {@code test-keys/privateKey.pem}. */
    public static String resource(String name) {
        try (InputStream in = SigningKeys.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] der(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
