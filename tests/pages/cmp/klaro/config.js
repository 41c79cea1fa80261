// klaro 0.7.x configuration shared by the compliant and the dark host pages. The only
// difference is `preTicked`: each optional service's `default` (true = switched on in the
// "Let me choose" modal before the visitor touches it). The session service is `required`:
// shown on and disabled, which is not a finding.
window.consentinelKlaroConfig = function (preTicked) {
  return {
    version: 1,
    elementID: "klaro",
    storageMethod: "cookie",
    cookieName: "klaro",
    lang: "en",
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    hideLearnMore: false,
    groupByPurpose: true,
    htmlTexts: false,
    translations: {
      en: {
        privacyPolicyUrl: "#privacy",
        consentNotice: {
          description:
            "We use cookies and similar services for {purposes}. You can accept, decline or choose which ones to allow.",
        },
        consentModal: {
          title: "Services we would like to use",
          description: "Here you can see and choose which optional services may collect information about you.",
        },
        purposes: {
          necessary: "Strictly necessary",
          analytics: "Analytics",
          marketing: "Marketing",
        },
        session: { title: "Session cookie", description: "Keeps you signed in. Required for the site to work." },
        siteanalytics: { title: "Site analytics", description: "Measures visits and traffic to improve the site." },
        adpartners: { title: "Advertising partners", description: "Builds a profile of your interests to show you ads." },
      },
    },
    services: [
      { name: "session", purposes: ["necessary"], required: true, default: true },
      { name: "siteanalytics", purposes: ["analytics"], default: preTicked },
      { name: "adpartners", purposes: ["marketing"], default: preTicked },
    ],
  };
};
