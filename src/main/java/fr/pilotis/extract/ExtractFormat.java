package fr.pilotis.extract;

/** The two files an extract can be. */
enum ExtractFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    final String extension;
    final String mediaType;

    ExtractFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }
}
