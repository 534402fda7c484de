import pytest

from speechwriter.outline.tree import Outline, Section


def sample_outline() -> Outline:
    """A leader's speech using every block kind: title block, salutation, four heading levels, run-in;
    the template's lead-in sentence put into its text as choosing the template does."""
    from speechwriter.render import apply_template

    outline = _outline()
    apply_template(outline, outline.template, initial=True)
    return outline


def _outline() -> Outline:
    return Outline(
        fields={"标题": "在全市{{ 会议名称 }}上的讲话", "讲话人": "市委副书记  王明", "日期": "2026年11月21日",
                "称呼": "同志们：", "会议名称": "安全生产工作会议"},
        sections=[
            Section("opening", body="今天，我们召开{{ 会议名称 }}，主要任务是总结前一阶段工作，部署下一阶段任务。"
                                    "刚才，李局长通报了全市安全生产形势，大家要认真抓好落实。"),
            Section("review", "充分肯定前一阶段取得的成绩", "一年来，全市上下坚持人民至上、生命至上，事故总量持续下降。"),
            Section("key_points", "提高政治站位，切实增强责任感紧迫感", "安全生产事关人民群众生命财产安全。", children=[
                Section("key_points", "深刻认识安全生产的极端重要性。", "各级各部门要把安全生产摆在更加突出的位置。"),
                Section("key_points", "清醒认识当前面临的严峻形势", "当前正值岁末年初，各类风险叠加。", children=[
                    Section("key_points", "道路交通", "要严查超载超限。", children=[
                        Section("key_points", "重点时段", "节假日前后加密巡查。")])])]),
            Section("key_points", "压实工作责任，确保各项措施落地见效", "要坚持党政同责、一岗双责。"),
            Section("closing", body="同志们，安全生产责任重于泰山。让我们以更加务实的作风，确保全市安全形势持续稳定！"),
        ])


@pytest.fixture
def outline() -> Outline:
    return sample_outline()
