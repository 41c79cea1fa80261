// Encode TC strings with the IAB's own @iabtcf/core, for the decoder tests.
// Usage: node encode_tc.cjs <node_modules> '<json list of {purposes, vendors, li, cmpId}>'
// Prints a JSON list of TC strings. The GVL is a minimal in-memory vendor list (no download):
// every vendor declares purposes 1-11 so the encoder keeps the consents we set.
const [modules, spec] = process.argv.slice(2);
const { TCModel, TCString, GVL } = require(modules + "/@iabtcf/core");
const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const purposes = Object.fromEntries(all.map((i) => [i, { id: i, name: "p" + i, description: "", illustrations: [] }]));
const out = JSON.parse(spec).map((item) => {
  const vendors = Object.fromEntries((item.vendors || [1]).map((id) => [id, {
    id, name: "v" + id, purposes: all, legIntPurposes: [], flexiblePurposes: all, specialPurposes: [],
    features: [], specialFeatures: [], cookieMaxAgeSeconds: 0, usesCookies: true,
    deviceStorageDisclosureUrl: "", urls: [] }]));
  const gvl = new GVL({ gvlSpecificationVersion: 3, vendorListVersion: 150, tcfPolicyVersion: 4,
    lastUpdated: "2024-01-01T00:00:00Z", purposes, specialPurposes: {}, features: {},
    specialFeatures: {}, stacks: {}, dataCategories: {}, vendors });
  const model = new TCModel(gvl);
  model.cmpId = item.cmpId || 300;
  model.cmpVersion = 1;
  model.purposeConsents.set(item.purposes || []);
  model.purposeLegitimateInterests.set(item.li || []);
  model.vendorConsents.set(item.consentVendors || []);
  return TCString.encode(model);
});
console.log(JSON.stringify(out));
