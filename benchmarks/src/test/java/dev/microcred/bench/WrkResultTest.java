package dev.microcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrkResultTest {
    // The shape of wrk 4.1's report with --latency.
    private static final String REPORT = """
            Running 30s test @ http://127.0.0.1:8082
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     2.10ms    1.50ms  45.00ms   90.00%
                Req/Sec    15.20k     1.10k   18.00k    70.00%
              Latency Distribution
                 50%  850.00us
                 75%    1.90ms
                 90%    3.20ms
                 99%    1.20s
              907654 requests in 30.01s, 120.00MB read
              Socket errors: connect 0, read 2, write 0, timeout 3
              Non-2xx or 3xx responses: 90765
            Requests/sec:  30245.50
            Transfer/sec:      4.00MB
            """;

    @Test
    void readsThroughputPercentilesInMillisAndErrors() {
        WrkResult result = WrkResult.parse(REPORT);
        assertEquals(30245.50, result.requestsPerSecond(), 0.001);
        assertEquals(907654, result.requests());
        assertEquals(0.85, result.p50Millis(), 1e-9);
        assertEquals(3.2, result.p90Millis(), 1e-9);
        assertEquals(1200.0, result.p99Millis(), 1e-9);
        assertEquals(90765, result.non2xx3xx());
        assertEquals(5, result.socketErrors());
    }
}
