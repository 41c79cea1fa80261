// vanilla-cookieconsent 3.x configuration shared by the compliant and the dark host pages.
// The only difference between them is `preTicked`: whether the optional categories start
// `enabled: true` (shown switched on in the preferences modal before the visitor touches them).
// hideFromBots keeps its default (true): the banner only shows if the browser does not
// advertise automation (navigator.webdriver), which is what consentinel.gather.browser promises.
window.consentinelVccConfig = function (preTicked) {
  return {
    categories: {
      necessary: { enabled: true, readOnly: true },
      analytics: { enabled: preTicked },
      marketing: { enabled: preTicked },
    },
    language: {
      default: "en",
      translations: {
        en: {
          consentModal: {
            title: "We use cookies",
            description:
              "We use cookies to run this site, to measure how it is used and to show you relevant ads.",
            acceptAllBtn: "Accept all",
            acceptNecessaryBtn: "Reject all",
            showPreferencesBtn: "Manage preferences",
          },
          preferencesModal: {
            title: "Cookie preferences",
            acceptAllBtn: "Accept all",
            acceptNecessaryBtn: "Reject all",
            savePreferencesBtn: "Save preferences",
            closeIconLabel: "Close",
            sections: [
              { title: "Your privacy choices", description: "Choose which optional cookies we may use." },
              {
                title: "Strictly necessary cookies",
                description: "Needed for the site to work (session, security). They cannot be switched off.",
                linkedCategory: "necessary",
              },
              {
                title: "Analytics cookies",
                description: "Allow us to measure visits and traffic so we can improve the site.",
                linkedCategory: "analytics",
              },
              {
                title: "Marketing cookies",
                description: "Allow our advertising partners to build a profile of your interests and show you ads.",
                linkedCategory: "marketing",
              },
            ],
          },
        },
      },
    },
  };
};
