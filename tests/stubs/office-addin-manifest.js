/** office-addin-mock needs only this enum of office-addin-manifest, whose ESM-only dependencies Jest cannot require. */
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
