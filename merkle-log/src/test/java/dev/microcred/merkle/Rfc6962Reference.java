package dev.microcred.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 section 2.1 transcribed literally (MTH, PATH, PROOF and SUBPROOF): recursive, slow and obviously right,
 * the oracle the stored-hash code is checked against. It hashes with its own SHA-256 calls, not with
 * {@link Hasher}, so a mistake there cannot hide by appearing on both sides.
 */
final class Rfc6962Reference {

    private Rfc6962Reference() {
    }

    /** MTH(D[n]). */
    static byte[] mth(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return sha256(new byte[] {0x00}, leaves.get(0));
        }
        int k = largestPowerOfTwoBelow(n);
        return sha256(new byte[] {0x01}, mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
    }

    /** PATH(m, D[n]). */
    static List<byte[]> path(int m, List<byte[]> leaves) {
        int n = leaves.size();
        List<byte[]> path = new ArrayList<>();
        if (n > 1) {
            int k = largestPowerOfTwoBelow(n);
            if (m < k) {
                path.addAll(path(m, leaves.subList(0, k)));
                path.add(mth(leaves.subList(k, n)));
            } else {
                path.addAll(path(m - k, leaves.subList(k, n)));
                path.add(mth(leaves.subList(0, k)));
            }
        }
        return path;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true). */
    static List<byte[]> proof(int m, List<byte[]> leaves) {
        return subproof(m, leaves, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> leaves, boolean b) {
        int n = leaves.size();
        List<byte[]> proof = new ArrayList<>();
        if (m == n) {
            if (!b) {
                proof.add(mth(leaves));
            }
            return proof;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            proof.addAll(subproof(m, leaves.subList(0, k), b));
            proof.add(mth(leaves.subList(k, n)));
        } else {
            proof.addAll(subproof(m - k, leaves.subList(k, n), false));
            proof.add(mth(leaves.subList(0, k)));
        }
        return proof;
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
