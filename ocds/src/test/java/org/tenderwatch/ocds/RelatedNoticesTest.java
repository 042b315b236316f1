package org.tenderwatch.ocds;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.RelatedNotice;

import static org.assertj.core.api.Assertions.assertThat;

/** Links to the same procurement's notices elsewhere, from what real releases carry. */
class RelatedNoticesTest {

    private final ReleaseNormaliser normaliser = new ReleaseNormaliser();

    @Test
    void aWelshNoticeIsLinkedToItsPriorNoticeOnFindATender() throws Exception {
        NoticeFetched notice = read(Sources.SELL2WALES,
                "labelled-2/releases/sell2wales/ocds-kuma6s-139221__ocds-kuma6s-139221-release-148004.json");

        assertThat(notice.related()).containsExactly(new RelatedNotice(Sources.FIND_A_TENDER, "005549-2024",
                "https://www.find-tender.service.gov.uk/Notice/005549-2024", "referenced"));
    }

    @Test
    void aContractsFinderNoticeIsLinkedToTheFindATenderNoticeAmongItsDocuments() throws Exception {
        NoticeFetched notice = read(Sources.CONTRACTS_FINDER, "labelled/releases/contracts-finder/"
                + "ocds-b5fd17-2c0cffc3-8ce5-4dcf-b9ee-478aa5a4572c__5a115892-5c5e-4646-8a8f-150c9708a9dc-833011.json");

        assertThat(notice.related()).containsExactly(new RelatedNotice(Sources.FIND_A_TENDER, "004824-2025",
                "https://www.find-tender.service.gov.uk/Notice/004824-2025", "referenced"));
    }

    @Test
    void aFindATenderReferenceInTheTextIsOnlyMentioned() throws Exception {
        NoticeFetched notice = read(Sources.CONTRACTS_FINDER, "labelled/releases/contracts-finder/"
                + "ocds-b5fd17-215e2699-242c-4047-b254-b525a4f7887f__07e9844f-6d88-43d3-ae74-b59472de03cb-582273.json");

        assertThat(notice.description()).contains("Publication reference: 2022/S 000-029179");
        assertThat(notice.related()).containsExactly(new RelatedNotice(Sources.FIND_A_TENDER, "029179-2022",
                "https://www.find-tender.service.gov.uk/Notice/029179-2022", "mentioned"));
    }

    @Test
    void aScottishNoticeLinksNeitherItselfNorAnOfficialJournalNotice() throws Exception {
        NoticeFetched notice = read(Sources.PUBLIC_CONTRACTS_SCOTLAND,
                "labelled-2/releases/public-contracts-scotland/ocds-r6ebe6-0000530300__NO-RELEASE-ID.json");

        assertThat(notice.description()).as("its own stamp").contains("(SC Ref:569802)");
        assertThat(notice.related()).isEmpty();
    }

    @Test
    void aNoticeForwardedToFindATenderIsLinkedToThePortalThatStampedIt() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.FIND_A_TENDER, """
                {"ocid":"ocds-kuma6s-145747","id":"012345-2025","tag":["tender"],
                 "tender":{"title":"Insourcing framework","description":"Framework for insourced endoscopy lists. (WA Ref:148138)"}}
                """).notice();

        assertThat(notice.related()).containsExactly(
                new RelatedNotice(Sources.SELL2WALES, "ocds-kuma6s-145747", null, "same-ocid"),
                new RelatedNotice(Sources.SELL2WALES, "148138",
                        "https://www.sell2wales.gov.wales/Search/Search_Switch.aspx?ID=148138", "referenced"));
    }

    private NoticeFetched read(String source, String relative) throws InvalidOcdsException {
        return normaliser.normalise(source, SharedData.read(relative)).notice();
    }
}
