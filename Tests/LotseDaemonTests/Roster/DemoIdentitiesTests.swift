import LotseCore
import Testing
@testable import LotseDaemon

@Suite struct DemoIdentitiesTests {
    @Test func theMapGivesEachDemoUserRolesAddressAndLanguage() throws {
        let map = try DemoIdentities.parse("""
            # people
            koordination  coordinator            k@example.org
            im-nguyen     caseworker,specialist  n@example.org  en
            """, file: "identities.conf")
        #expect(map.identities.count == 2)
        #expect(map.identities["koordination"]?.roles == [.coordinator])
        #expect(map.identities["koordination"]?.language == "de")
        #expect(map.identities["im-nguyen"]?.roles == [.caseworker, .specialist])
        #expect(map.identities["im-nguyen"]?.language == "en")
    }

    @Test func aBadLineIsRefusedNamingFileAndLine() {
        for (text, expected) in [("x coordinator k@example.org\nbad boss b@example.org", "identities.conf:2"),
                                 ("x coordinator not-an-address", "identities.conf:1"),
                                 ("x coordinator k@example.org fr", "identities.conf:1"),
                                 ("only-two words", "identities.conf:1")] {
            #expect {
                try DemoIdentities.parse(text, file: "identities.conf")
            } throws: { error in
                (error as? DaemonError)?.description.hasPrefix(expected) == true
            }
        }
    }
}
