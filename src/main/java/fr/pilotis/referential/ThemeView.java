package fr.pilotis.referential;

public record ThemeView(long id, String code, String title, String level1Title, String level2Title, int position) {

    public String levelTitle(int level) {
        return level == 1 ? level1Title : level2Title;
    }
}
