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


def load_demo_choice_round(context) -> None:
    """An open choice round for the demo programme over the demo themes.

    It opens at the kick-off (or now, if that is still ahead) and closes 30
    days from today, so the demo always has a round to vote in.
    """
    import datetime as dt

    from django.utils import timezone

    from themes.models import ChoiceRound, RoundState

    programme = context.programme
    if ChoiceRound.objects.filter(programme=programme).exists():
        return
    now = timezone.now()
    round_ = ChoiceRound.objects.create(
        programme=programme,
        title="Keuzeronde kick-off",
        seats=4,
        group_size=20,
        max_per_team=2,
        one_per_district=True,
        opens_at=min(context.on(11, 22, 13, 0), now),
        closes_at=now + dt.timedelta(days=30),
        state=RoundState.OPEN,
    )
    round_.candidates.set(list(context.themes.values()))
