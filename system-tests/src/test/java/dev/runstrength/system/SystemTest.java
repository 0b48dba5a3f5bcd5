package dev.runstrength.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test against the running system, with a backend's Kafka client of its own per test. */
@ExtendWith(RunningSystem.class)
abstract class SystemTest {

    protected Backend backend;

    @BeforeEach
    void connectBackend() {
        backend = new Backend(RunningSystem.get());
    }

    @AfterEach
    void disconnectBackend() {
        backend.close();
    }
}
