"""Demo themes: the candidate themes of the pilot, from the demo data file."""

from django.utils.text import slugify

from themes.models import ThemeIndexPage, ThemeLead, ThemePage


def load_demo_themes(context) -> None:
    """Create the theme index under the programme and one page per candidate theme."""
    programme = context.programme
    index = ThemeIndexPage.objects.child_of(programme).first()
    if index is None:
        index = ThemeIndexPage(
            title="Thema's",
            slug="themas",
            intro="De teamoverstijgende thema's van de pilot. Tijdens de kick-off kiezen alle "
            "teamleden er vier.",
            show_in_menus=True,
        )
        programme.add_child(instance=index)
        index.save_revision().publish()
    facilitator = context.users.get("facilitator")
    context.themes = {}
    for item in context.data["themes"]:
        slug = slugify(item["title"])
        theme = ThemePage.objects.child_of(index).filter(slug=slug).first()
        if theme is None:
            theme = ThemePage(
                title=item["title"],
                slug=slug,
                summary=item["summary"],
                why_it_matters=f"<p>{item['why']}</p>",
            )
            theme.tags.add(*item["tags"])
            if facilitator:
                theme.leads.add(ThemeLead(user=facilitator))
            index.add_child(instance=theme)
            theme.save_revision().publish()
        context.themes[item["title"]] = theme
