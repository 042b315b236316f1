package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.ocds.InvalidOcdsException;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.Sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The labelled releases read as the fetcher would read them, and those that could not be, with the reason. */
record LabelledReleases(List<LabelledNotice> read, List<Unreadable> unreadable) {

    static LabelledReleases read(List<LabelledRelease> labelled) {
        ReleaseNormaliser normaliser = new ReleaseNormaliser();
        List<LabelledNotice> read = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (LabelledRelease release : labelled) {
            try {
                String json = Files.readString(release.path(), StandardCharsets.UTF_8);
                read.add(new LabelledNotice(release, normaliser.normalise(Sources.REPLAY, json).notice()));
            } catch (IOException e) {
                unreadable.add(new Unreadable(release, "cannot read the file: " + e));
            } catch (InvalidOcdsException | RuntimeException e) {
                unreadable.add(new Unreadable(release, "not a usable OCDS release: " + e.getMessage()));
            }
        }
        return new LabelledReleases(List.copyOf(read), List.copyOf(unreadable));
    }
}
