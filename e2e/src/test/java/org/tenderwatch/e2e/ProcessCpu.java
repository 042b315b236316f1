package org.tenderwatch.e2e;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used, from {@code /proc/<pid>/stat}: user plus system time, in milliseconds. Linux reports
 * it in clock ticks of 1/100 s on every architecture the project runs on ({@code getconf CLK_TCK}).
 */
public final class ProcessCpu {

    private static final long MILLIS_PER_TICK = 10;

    private ProcessCpu() {
    }

    /** User + system time of the process (all its threads), or -1 when it no longer runs. */
    public static long millis(long pid) {
        long[] fields = statFields(pid);
        return fields == null ? -1 : (fields[0] + fields[1]) * MILLIS_PER_TICK;
    }

    /**
     * A server made of processes (PostgreSQL's postmaster and its backends): the parent's own time, the time of the
     * children it has reaped ({@code cutime + cstime}, so a backend that ended still counts) and the time of the
     * children alive now. -1 when the parent no longer runs.
     */
    public static long treeMillis(long parentPid) {
        long[] parent = statFields(parentPid);
        if (parent == null) {
            return -1;
        }
        long ticks = parent[0] + parent[1] + parent[2] + parent[3];
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                long[] child = pid == parentPid ? null : statFields(pid);
                if (child != null && child[4] == parentPid) {
                    ticks += child[0] + child[1];
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * MILLIS_PER_TICK;
    }

    /** utime, stime, cutime, cstime, ppid; null when the process is gone. */
    private static long[] statFields(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // after[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
        return new long[] {Long.parseLong(after[11]), Long.parseLong(after[12]), Long.parseLong(after[13]),
                Long.parseLong(after[14]), Long.parseLong(after[1])};
    }
}
