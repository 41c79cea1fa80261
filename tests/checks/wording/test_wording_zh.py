"""Chinese phrasings written here (not the real set) that pin the wording mechanisms
of the Chinese lexicon, each with neutral look-alikes that must stay neutral."""

from __future__ import annotations

import pytest
from wording_snapshots import control, page, text

from consentinel.checks.bundled_consent import CHECK as BUNDLED
from consentinel.lexicon import wording
from consentinel.lexicon.vocabulary import load
from consentinel.lexicon.wording import (
    WordingLexiconError,
    match_bundled_action_label,
    match_bundled_sentence,
    match_confirmshaming,
    match_trick_wording,
)


@pytest.mark.parametrize("notice", [
    # sharing the visitor's information, or receiving the company's communications, granted by
    # using or submitting
    "登录即表示您同意我们存储并分享您的浏览数据。",
    "提交报名表即视为您同意接收本机构及其活动的通讯。",
])
def test_chinese_data_uses_granted_by_an_action(notice: str) -> None:
    [finding] = BUNDLED.run(page(text("f0:t1", notice, form=None)))
    assert finding.evidence["rule"] == "grant-tied-to-action"


# Chinese decline word classes (issue 11, round 2): every way a coupon pop-up's decline makes the
# visitor mock themself -- a heavy-hearted adverb before any verb of leaving, money thrown away or
# paid over the odds, a risk, staying ignorant or behind, self-insult, learning, success, health,
# looks, boredom, loneliness, hunger, helping others, missing out, a worse way, boasting.
@pytest.mark.parametrize("words", [
    "挥泪离去",
    "咬咬牙，狠心关闭",
    "算了，我就爱花冤枉钱",
    "我情愿付双倍的钱",
    "不了，我还是继续浪费吧",
    "我乐意冒险",
    "我偏要蒙在鼓里",
    "我宁可被淘汰",
    "我就是个笨蛋",
    "我不想学到新知识",
    "我不需要进步",
    "我不想瘦下来",
    "我宁愿一直孤单",
    "我宁肯饿肚子",
    "我宁愿无聊死",
    "我不想做公益",
    "不想帮助小动物",
    "我宁可错失这次良机",
    "我宁愿麻烦一点",
    "我已经够聪明了",
    "我对省钱不感兴趣",
    "我不配拥有优惠券",
    "不了，不想变美",
    "宁可原价买",
    "我宁愿费劲自己找",               # a worse way still mocks after 慢慢 left the losses
    "我不需要变得更好",               # more of a good still mocks
    "我不怕风险，不要保障",
])
def test_chinese_declines_that_mock_the_visitor(words: str) -> None:
    assert match_confirmshaming(words) is not None


@pytest.mark.parametrize("words", [
    "我不需要帮助",                 # help for oneself, a chat decline
    "我还是觉得太贵了",              # a reason, not a loss embraced
    "本人已阅读并愿意承担投资风险",    # a disclosure's acknowledgement
    "我已了解并接受风险",
    "我不需要专属客服",
    "我不要原价",
    "我想慢慢看看",
    "我要慢慢挑",                   # taking one's time is no worse way
    "我不需要更多资讯",               # more of a neutral object
    "我愿意承担风险，继续访问",         # a warning acknowledged
    "我放弃本次福利",                  # names the offer given up
    "我不想开通会员",
    "我还是用免费版吧",
    "我不想接收优惠短信",
    "我不需要此订单的运费保护",
    "我以游客身份继续",
    "我保持当前套餐",
    "不了，谢谢，我不感兴趣",
])
def test_chinese_neutral_declines_stay_neutral(words: str) -> None:
    assert match_confirmshaming(words) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # the grant deemed without 即, after an unrelated action, in any tense and voice
    ("您浏览本站的商品页面，将被视为您同意我们使用Cookie做访问统计。", True),
    ("完成付款后我们将默认您同意接收合作商户的推广短信。", True),
    ("只要您继续使用本应用，就代表您同意我们与广告商共享您的位置。", True),
    # a grant refused, needed or chosen grants nothing (zh not_a_grant)
    ("如果您不同意，我们将视为您拒绝全部Cookie。", False),
    ("未经您同意，我们不会向第三方出售您的信息。", False),
    ("您可以选择是否同意我们使用Cookie进行统计分析。", False),
    # being contacted about OTHER offerings is marketing; a use denied in its own clause or
    # sentence (an ASCII full stop ends one too) is not granted
    ("下单即表示您同意商家就其他商品与您联系。", True),
    ("登录即表示您同意我们将您的邮箱用于识别身份。我们不共享给任何第三方。", False),
    ("本表单不收集您的身份信息. 提交即表示您同意我们将内容用于改进服务.", False),
])
def test_chinese_grants_deemed_or_voided(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("sentence", "bundled"), [
    # details handed to whoever delivers or pays the visitor's own order: the service itself
    ("确认付款即表示您同意我们将您的地址提供给物流公司以便送货。", False),
    ("下单即视为您同意我们把订单金额提供给支付机构完成扣款。", False),
    # handed to anyone else for their own ends: bundled
    ("下单即视为您同意我们把您的地址提供给合作品牌用于推广。", True),
    ("确认付款即表示您同意我们将您的订单信息提供给第三方。", True),
])
def test_chinese_details_for_the_carrier_or_payment_are_the_service(sentence: str, bundled: bool) -> None:
    assert (match_bundled_sentence(sentence) is not None) is bundled


@pytest.mark.parametrize(("decline", "shaming"), [
    # refusing to help children or animals in need, welcoming malware: guilt trips
    ("不了，我不愿意帮助有需要的家庭", True),
    ("我不想资助流浪狗", True),
    ("我宁愿让木马偷走我的资料", True),
    # a reminder, or THIS offer, declined names what is declined
    ("我不需要账户安全提示", False),
    ("我不想要此项福利，谢谢", False),
    ("我不需要该服务", False),
    ("我不需要帮助", False),
])
def test_chinese_helping_malware_and_named_offers(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


@pytest.mark.parametrize(("sentence", "bundled"), [
    # a consent panel's own save button or a service's switch is the consent itself
    ("点击“确认我的选择”即表示您同意启用所选的Cookie类别。", False),
    ("开启该服务即表示您同意Google地图设置Cookie。", False),
    ("点击“保存”即表示您同意我们按您的选择使用Cookie。", False),
    ("继续浏览即表示您同意我们根据您的偏好向您推送广告。", True),
    ("继续浏览即表示您同意我们根据您的设置向您展示个性化推荐。", True),
    # the credit check of the loan applied for is the service
    ("提交即表示您授权我们查询征信以审批您的借款申请。", False),
    # unrelated actions still bundle
    ("点击“保存资料”即表示您同意我们与合作伙伴共享您的资料。", True),
    ("提交即表示您授权我们查询您的征信并提供给合作机构。", True),
])
def test_chinese_consent_panel_controls_and_applied_for_credit_check(sentence: str, bundled: bool) -> None:
    assert (match_bundled_sentence(sentence) is not None) is bundled


@pytest.mark.parametrize(("decline", "shaming"), [
    # a loss refused, or a preference negated, is prudence: no guilt trip
    ("我不想冒风险，带我回到安全区", False),
    ("我不喜欢折腾，跳过设置向导", False),
    ("我不愿意吃亏，返回", False),
    # a good refused or a loss embraced still is one
    ("我不想要安全保障，继续", True),
    ("我喜欢折腾，不用向导", True),
    ("我不想被保护", True),
])
def test_chinese_a_loss_refused_or_a_negated_preference_is_prudence(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# Chinese parity: the other conditionals (要是, 万一, 假使, 若是), the other ways of setting a box
# or a switch (打钩, 打√, 点选, 开启此开关), and every way of leaving it empty (没有勾选, 不打勾).
@pytest.mark.parametrize(("text", "trick"), [
    ("要是您不希望收到会员促销邮件，请在下方打钩。", True),
    ("万一您不想让合作伙伴联系您，请在此打√。", True),
    ("假使您不愿意接收个性化推荐，请点选此项。", True),
    ("若是您不需要我们的营销短信，请打开下面的开关。", True),
    ("如果您没有打勾，我们将视为您愿意接收推广信息。", True),
    ("要是您希望收到会员促销邮件，请在下方打钩。", False),   # plain opt-in
    ("如您不想接收推送，请关掉这个开关。", False),             # clearing to refuse: plain opt-out
])
def test_chinese_conditionals_and_box_verbs_of_every_kind(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a fact not happened is no refusal: nothing arrived, so a fallback is offered
    ("如果您还没有收到短信，请勾选改用语音验证", False),
    ("若您未收到邮件，请勾选重新发送", False),
    ("如您不希望收到促销短信，请勾选此框", True),      # a wish refused: still the riddle
    # a named option says what ticking it does
    ("若您不愿别人看到您的个人信息，请勾选「仅好友可见」", False),
    ("如果您不想接收推广信息，请勾选下方方框", True),
])
def test_chinese_facts_and_named_options_are_not_tick_to_refuse(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a tick forbidden under a refusal, and an empty box that loses the thing, are plain
    ("如您不想收到促销邮件，请不要勾选此框", False),
    ("未勾选则无法收到会员优惠通知", False),
    ("若您希望收到促销邮件，请不要勾选此框", True),      # the empty box agrees: still the riddle
    ("不勾选即视为同意接收促销邮件", True),
])
def test_chinese_tick_forbidden_or_empty_box_that_loses_out_is_plain(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a refusing word as an attribute or paired with its opposite is no "yes refuses"
    ("店主是否希望收到顾客订阅与退订的提醒？", False),
    ("您是否要查看已拒绝的营销邮件申请？", False),
    ("是否要在设置中开启或关闭第三方推送？", False),
    # the question's own verb still refuses
    ("您是否要退订我们的营销邮件？", True),
    ("您是否希望停止接收合作伙伴的推送？", True),
])
def test_chinese_refusing_word_as_attribute_or_pair_is_not_what_yes_does(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # the refusal's own object names no topic of its own (as "您是否要退订？")
    ("您是否要取消订阅？", False),
    ("是否停止接收？", False),
    # a topic besides it does
    ("您是否要取消订阅我们的促销短信？", True),
    ("是否停止接收合作伙伴推送？", True),
])
def test_chinese_refusal_with_its_own_object_names_no_topic(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # messages about the visitor's own order, login or stock, and data of an import, are the
    # service itself: ticking to skip them is a plain setting
    ("如果您不需要我们发送付款确认邮件，请勾选此框。", False),
    ("若不希望接收到货提醒短信，请选中此项。", False),
    ("如您不想收到套餐续费通知，请勾选此框。", False),
    ("若您不希望客服通过电话联系您，请勾选此项。", False),
    ("如果您不想通过短信接收取货码，请选中此项。", False),
    ("如果您不想替换已有数据，请勾选此项。", False),
    ("若您不希望此优惠券与其他优惠同时使用，请勾选。", False),
    # a marketing word between keeps the topic
    ("如果您不想接收订单相关的促销邮件，请勾选此框。", True),
    ("若您不希望我们把您的信息提供给合作伙伴，请选中此项。", True),
])
def test_chinese_service_messages_are_not_a_consent_topic(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # 留空 leaves a text field empty: a blank filter or form field agrees to nothing
    ("留空则推送所有分类的通知。", False),
    ("如您同意沿用上次的收货信息，请将该字段留空。", False),
    # a box left empty that agrees is still one
    ("此复选框留空即表示您同意接收营销短信。", True),
    ("不勾选即表示您同意我们与合作伙伴共享数据。", True),
])
def test_chinese_a_field_left_blank_is_no_box(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "without obtaining your consent" in every form is one negation, said plainly
    ("我们不会在未征得您许可的情况下向合作伙伴提供您的数据。", False),
    ("未取得您的同意前，我们不会发送营销短信。", False),
    # a real double negative stays one
    ("如果您不希望不再接收我们的优惠信息，请勾选此框。", True),
])
def test_chinese_without_obtaining_consent_is_one_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # doing nothing keeps things as they are: no double negative is chosen
    ("若您并不想取消订阅我们的周刊，无需进行任何操作。", False),
    ("如果你不想退订这个列表，请忽略本邮件。", False),
    # a program that quits is no opt-out
    ("应用异常退出后不再自动上传共享数据。", False),
    # a double negative that asks for an action stays one
    ("如果你不想退订这个列表，请不要取消勾选此框。", True),
    ("如您不希望不再接收优惠信息，请回复Y。", True),
])
def test_chinese_doing_nothing_or_quitting_is_no_double_negative(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a negated consequence is a fact about what follows, not a second negation
    ("拒绝分析Cookie不会导致页面无法加载。", False),
    ("取消订阅我们的短信不会产生任何费用。", False),
    ("停止接收营销邮件不影响您的会员等级。", False),
    # a negated wish beside a refusal still is one
    ("如果您不希望停止接收我们的优惠邮件，请勾选此框。", True),
])
def test_chinese_a_negated_consequence_is_a_fact(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # an unticked box that leads to nothing being sent is the plain opt-in
    ("请选择要接收的邮件类别，没有勾选的类别不会再发送给您。", False),
    ("不勾选的合作伙伴将不会收到您的数据。", False),
    # a real double negative beside a box stays one
    ("取消勾选以不停止接收我们的营销短信。", True),
])
def test_chinese_a_box_state_negation_is_no_wish_refused(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # refusing THIS item is a confirm dialog, not a consent question
    ("是否拒绝这个成员的订阅申请？", False),
    ("您要停用该短信推广计划吗？", False),
    # refusing a kind of data use still is one
    ("您是否要禁用此类营销Cookie？", True),
    ("是否关闭此个性化推荐功能？", True),
    ("是否拒绝合作伙伴使用您的数据？", True),
])
def test_chinese_refusing_this_item_is_a_confirm_dialog(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a named option in 【】 or [] says what ticking it does, as in “”
    ("若您不需要营销短信，请勾选【不接收营销短信】。", False),
    ("如不想收到推送，请选中[关闭推送]。", False),
    # an unnamed box under a refusing condition is still tick-to-refuse
    ("若您不需要营销短信，请勾选下方的方框。", True),
])
def test_chinese_options_named_in_brackets(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # e-mail footers: the result of a refusal once made, and a request never made, are facts
    ("取消订阅之后，我们不会再给您发送新品推广邮件。", False),
    ("回复T即可退订，退订以后不再发送营销短信。", False),
    ("若您并未申请退订我们的通讯，请无视此邮件并不要点击链接。", False),
    # a wish not to refuse stays a double negative
    ("如果您不想退订我们的营销邮件，请勾选此框。", True),
])
def test_chinese_footer_results_and_requests_never_made_are_facts(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "without your consent" and "before you have agreed" are one negation, said plainly
    ("没有你的明确同意我们不会把数据提供给第三方。", False),
    ("在您未同意以前我们不会发送任何推广短信。", False),
    # a refused wish beside a negation still counts
    ("如果您没有不接收营销邮件的意愿，请勾选此框。", True),
])
def test_chinese_without_your_consent_and_before_agreeing(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# Batch 14 (issue 11): word classes widened on the fresh set's dev errors.
@pytest.mark.parametrize(("sentence", "bundled"), [
    # the company's news, updates, reports or insights received because one registered
    ("创建账户即表示您同意接收我们的行业周报与新品资讯。", True),
    ("开通会员即视为您同意接收平台的产品动态邮件。", True),
    # the progress of one's own request, or service notices, are no marketing
    ("提交即表示您同意接收本次申请的进度更新。", False),
    ("注册即表示您同意接收账户安全通知。", False),
])
def test_chinese_company_news_received_by_registering(sentence: str, bundled: bool) -> None:
    assert (match_bundled_sentence(sentence) is not None) is bundled


@pytest.mark.parametrize(("sentence", "bundled"), [
    # publicity use of the visitor's likeness, granted by signing up or taking part
    ("比赛现场将拍照用于品牌宣传，提交报名即视为同意。", True),
    ("到场参加即表示您同意主办方在官网使用您的肖像。", True),
    # the visitor's own work shown, or terms alone: no data use
    ("投稿即视为同意作品在本站展示。", False),
    ("报名即视为同意遵守活动规则。", False),
])
def test_chinese_publicity_and_likeness_granted_by_taking_part(sentence: str, bundled: bool) -> None:
    assert (match_bundled_sentence(sentence) is not None) is bundled


@pytest.mark.parametrize(("sentence", "bundled"), [
    # what this form asks for, for the request it makes
    ("点击提交即表示您同意我们收集此问卷信息，仅用于本次调研。", False),
    ("提交即表示您同意我们收集您的资料用于处理本次预约。", False),
    # a third party inside the quoted name of the option chosen; a processor for this service;
    # a third party named only to disclaim liability
    ("您勾选“第三方代缴”并提交订单的行为，即视为您授权我们将缴费信息发送至缴费机构。", False),
    ("继续使用即视为同意将日志提供给云服务商，以便其为您提供本服务。", False),
    ("使用本工具即视为同意本声明。本站不对第三方网站的内容负责。", False),
    # collecting beyond the request, or a third party given the data, still bundle
    ("注册成功即视为您同意我们收集您的全部浏览信息。", True),
    ("领取优惠券即表示您同意我们将手机号提供给合作商家。", True),
])
def test_chinese_the_request_itself_and_processors_are_no_bundling(sentence: str, bundled: bool) -> None:
    assert (match_bundled_sentence(sentence) is not None) is bundled


@pytest.mark.parametrize(("decline", "shaming"), [
    # a heavy heart before any verb of ending one's tie to the service: closing the account,
    # unfollowing, uninstalling, dropping an item from the cart
    ("心碎注销", True),
    ("无情取关", True),
    ("咬牙卸载", True),
    ("含泪移除商品", True),
    ("狠心丢下购物车", True),
    # the same verbs said plainly
    ("注销账号", False),
    ("取消关注", False),
    ("移除商品", False),
])
def test_chinese_heavy_hearted_verbs_of_leaving_the_service(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


@pytest.mark.parametrize(("sentence", "bundled"), [
    # 即表明 binds a grant to an action as 即表示 does; the latest promotions and offers are marketing
    ("我们使用 Cookie 来统计访问量。继续浏览本站，即表明您同意我们使用 Cookie。", True),
    ("一旦您完成注册，即表明您同意接收我们的优惠信息推送。", True),
    ("成为会员后即表明您已同意接收平台的最新活动短信。", True),
    # terms alone, or notices about the event signed up for, stay plain
    ("继续使用即表明您已阅读并同意服务条款。", False),
    ("下单即表明您同意本店的退换货规则。", False),
    ("报名即同意接收本次活动通知。", False),
])
def test_chinese_jibiaoming_and_latest_promotions(sentence: str, bundled: bool) -> None:
    assert (match_bundled_sentence(sentence) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # product telemetry the notice says goes to the maker is a data use granted with the terms
    ("继续使用本软件即表示您同意《服务条款》。为改进产品，我们会向开发团队发送诊断数据。", True),
    ("安装即视为您接受许可协议；本工具会上传匿名遥测以便我们了解功能使用。", True),
    ("打开应用即表示您同意用户协议。我们会收集交互信息，用于优化界面。", True),
    # the same notice without telemetry, or telemetry asked for by its own button, stays plain
    ("继续使用本软件即表示您同意《服务条款》。如遇问题，请联系我们的支持团队。", False),
    ("点击“允许”即表示您同意我们发送诊断数据。", False),
])
def test_chinese_telemetry_is_a_data_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # collecting "the information above" is what the form asked for, unless the notice names more
    ("点击提交即表示您同意我们收集上述资料。", False),
    ("发送申请即视为您同意我们收集并保存以上信息。", False),
    ("我们会根据您的浏览记录做个性化推荐。登录即表示您同意我们收集上述数据。", True),
])
def test_chinese_information_referred_back_to(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Batch 14 round 3 (decline classes carried over from the other languages' real pop-ups): a good
# negated after a preference, the decliner belittled, a good let slip away, losses of money,
# business, sleep and nerve, resigned acceptance; each beside a neutral decline of the same shape.
@pytest.mark.parametrize(("decline", "shaming"), [
    ("不了，我宁可不要这份红包", True),
    ("我偏要没有折扣", True),
    ("算了，我实在不够上进", True),
    ("我太懒了，下次吧", True),
    ("就让这张券白白溜走吧", True),
    ("不了，我宁愿继续赔钱", True),
    ("不用了，我宁可继续流失客户", True),
    ("不用了，我喜欢半夜睡不着", True),
    ("算了，我付全价就行", True),
    ("不用了，我对获胜没兴趣", True),
    ("不用了，我宁可不分享位置", False),
    ("不用了，我稍后再看", False),
    ("不用了，我没有优惠码", False),
    ("不用了，我付款后再填写", False),
    ("不用了，我已经是会员", False),
])
def test_chinese_declines_carried_from_other_languages(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# Trick-wording carried over: an emphasised negation, 不 before a grant or a passive, silence
# deemed consent however far the refusal's verb, a cross as a tick, a "when" clause, a condition
# without 如果, and a condition separated from its box instruction by a statement or a list.
@pytest.mark.parametrize(("label", "trick"), [
    ("若【不】愿意接收会员资讯，请勾选此项", True),
    ("若您不给予授权，请在此打勾", True),
    ("我们希望您的资料不被删除", False),
    ("如您未在30日内以书面形式表示反对，即视为您同意我们转移您的数据", True),
    ("如不同意共享数据，请在方框内打叉", True),
    ("只有在不想收到短信时才勾选", True),
    ("不希望收到合作伙伴的优惠请打勾", True),
    ("我们会定期发布新品，如您不想接收新品资讯，请勾选下方方框", True),
    ("如您不想接收新品、活动和会员资讯，请勾选下方方框", True),
    ("如您希望接收新品资讯，请勾选下方方框", False),
    ("不想接收营销短信", False),
    ("勾选以停止接收会员资讯", False),
])
def test_chinese_trick_wording_carried_from_other_languages(label: str, trick: bool) -> None:
    assert (match_trick_wording(label) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    ("领取资料包即表示您同意我们每月向您发送行业简报。", True),
    ("预约即表示您同意接收门店活动相关信息。", True),
    ("预约即表示您同意接收预约确认短信。", False),
    ("点击“订阅”即表示您同意我们每月向您发送行业简报。", False),
])
def test_chinese_news_sent_to_the_visitor_is_a_data_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("decline", "shaming"), [
    ("不了，我宁可花299元买原装", True),
    ("不用了，我就喜欢被打扰", True),
    ("不用了，我不喜欢看广告", False),
    ("不用了，我用其他方式付款", False),
])
def test_chinese_amounts_paid_and_ads_embraced(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    ("点击“同意”或继续浏览本站，即表示您同意我们使用Cookie进行广告投放。", True),
    ("点击“同意”或“拒绝”，即表示您已作出选择。", False),
    ("点击“同意”即表示您同意我们使用Cookie进行广告投放。", False),
])
def test_chinese_an_alternative_to_the_choice_bundles(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("decline", "shaming"), [
    ("不了，我宁可继续丢单", True),
    ("我愿意赌一把", True),
    ("不用了，我先找回丢失的密码", False),
    ("我付款失败了，稍后再试", False),
    ("我要投诉", False),
    ("我不想冒个险", False),
    ("我不需要积分", False),
])
def test_chinese_business_lost_and_chances_taken_need_a_preference(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# Paraphrase robustness (issue 11, batch 14 round 4): the same pattern said at more length, with
# a negated verb, with the button's own act after it, or as a resigned purchase.
@pytest.mark.parametrize(("decline", "shaming"), [
    ("噙着泪说再见", True),
    ("狠下心来走掉", True),
    ("忍痛不参加了", True),
    ("残忍不看 😭", True),
    ("不要变美，返回", True),
    ("那我全价下单吧", True),
    ("算了，我宁愿没有粉丝", True),
    ("我才不需要曝光量", True),
    ("不买了，返回", False),
    ("我不买吧，再看看", False),
    ("说再见", False),
    ("我不需要粉丝通知", False),
    ("关闭，返回首页", False),
])
def test_chinese_declines_said_at_more_length(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    ("浏览本站就代表您同意我们用Cookie投放广告。", True),
    ("您继续使用本应用，就表示您同意我们向合作伙伴共享您的设备信息。", True),
    ("登录本平台意味着您同意我们使用Cookie分析您的浏览行为。", True),
    ("您的任何访问行为，都将视为同意我们向您推送营销短信。", True),
    ("提交表格即表示您同意我们致电您，推销其他课程。", True),
    ("继续使用就代表您同意《服务条款》。", False),
    ("登录意味着您已阅读《用户协议》。", False),
    ("提交表格即表示您同意我们致电您确认本次预约。", False),
    ("逾期未确认收货的，均视为同意收货。", False),
])
def test_chinese_grants_tied_by_jiu_or_no_particle(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    ("要关闭使用统计吗？[y/N]", True),
    ("你要停止发送崩溃报告吗？(是/否)", True),
    ("要开启使用统计吗？[y/N]", False),
    ("要退出编辑吗？(y/n)", False),
    ("要停止下载吗？(是/否)", False),
])
def test_chinese_ma_questions_whose_yes_refuses(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("decline", "shaming"), [
    ("我宁愿继续稀里糊涂地亏本", True),
    ("✖ 永远告别我的会员价", True),
    ("永久删除此草稿", False),
    ("永久关闭此提示", False),
])
def test_chinese_losses_after_an_adverb_and_goods_lost_for_ever(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# Batch 15: bundling said without 即 or with other deeming verbs, automatic sign-up, and grants
# that are denied or only answer the visitor.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("凡访问本网站者，均被视作接受我们使用广告Cookie。", True),
    ("您登录的行为将被理解为您同意我们分析您的浏览偏好。", True),
    ("既然您已注册，我们将视您授权我们向合作伙伴提供您的资料。", True),
    ("注册账号相当于授权我们把您的订单数据交给广告商。", True),
    ("提交简历的同时，您也授权我们向您推送其他职位的推广信息。", True),
    ("您浏览本站的行为，即构成对我们使用第三方统计工具的许可。", True),
    ("领取红包后，您的账号将自动订阅我们的促销短信。", True),
    ("完成注册即默许我们与关联公司共享您的位置。", True),
    ("继续浏览不构成对营销Cookie的同意。", False),
    ("我们绝不会默认您已开启任何个性化推送。", False),
    ("注册的同时，请您阅读《用户协议》。", False),
    ("开通会员后将自动续费，您可随时在设置中关闭。", False),
    ("报名即视为您同意我们通过您的手机号通知您考试安排。", False),
    ("提交即表示您同意我们使用您的联系方式回复您的留言。", False),
])
def test_chinese_grants_deemed_equal_concurrent_or_automatic(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    ("此框保持空白即表示您同意接收合作伙伴的优惠信息。", True),
    ("保持该选项为空，视为您愿意接收我们的推送。", True),
    ("你是否不想再收到我们的简报？", True),
    ("是否不再显示此提示？", False),
    ("此项为空时显示全部订单。", False),
    ("勾选此框以接收我们的简报。", False),
])
def test_chinese_box_kept_empty_and_questions_with_a_negated_wish(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("decline", "shaming"), [
    ("实惠我不爱占，就这样吧", True),
    ("安全对我来说不重要", True),
    ("赚钱这种事跟我无关，关闭", True),
    ("照片丢了我也无所谓", True),
    ("谁在乎什么折扣啊", True),
    ("我甘愿一直做个门外汉", True),
    ("红包还是留给有需要的人吧", True),
    ("我不在乎账户被盗", True),
    ("我不爱吃辣，换一个口味", False),
    ("这个优惠与我无关", False),
    ("我是新手，先看教程", False),
    ("我的手机丢了，换个方式验证", False),
    ("谁要参加这个活动？", False),
])
def test_chinese_goods_scorned_and_own_things_lost(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    ("下单的同时便已授权店铺向您推送促销短信。", True),
    ("会员登录本平台的，视为该用户同意平台向合作商户提供其消费记录。", True),
    ("用户登录本平台的，应妥善保管账号密码。", False),
    ("点击下方按钮等同于撤回您对个性化推荐的授权。", False),
])
def test_chinese_concurrent_grant_with_jiu_and_the_legal_user(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    ("如您对我们向您推送优惠没有任何异议，请不要勾选此项。", True),
    ("如无须接收合作伙伴的资讯，请在此打勾。", True),
    ("我不希望不收到新品通知", True),
    ("如果您对营销短信有异议，请勾选此框。", True),
    ("若您对上述内容有异议，请联系客服。", False),
    ("如您无需发票，请勿勾选此框。", False),
    ("我们没有收到您的退订请求。", False),
    ("若您没有收到我们的邮件，请检查垃圾箱。", False),
])
def test_chinese_no_objection_needing_nothing_and_nothing_received(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("decline", "shaming"), [
    ("我对赚钱不感冒", True),
    ("福利这种东西我瞧不上", True),
    ("我宁可每次都排队", True),
    ("我不感冒，换个话题", False),
    ("我看不上这个颜色，换一个", False),
    ("我不想排队，预约到店", False),
])
def test_chinese_goods_looked_down_on_and_time_wasted(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# Round m16: what the doing IS (pressing the accept button, accepting the cookies) or what the
# grant serves (the visitor's own settings, the channel that answers them) is no bundling; the
# deemed handling of personal data by merely using, in every word order, is.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("本站使用广告Cookie。轻点“全部允许”即表示您同意上述用途。", False),
    ("本站使用广告Cookie。单击“同意”或继续浏览本站，即表示您同意上述用途。", True),
    ("本站使用统计Cookie。允许全部Cookie，即表示您同意我们统计访问量。", False),
    ("本站使用统计Cookie。继续浏览并接受Cookie即表示您同意我们统计访问量。", True),
    ("同意Cookie政策即表示您同意我们与广告商共享数据。", True),
])
def test_chinese_pressing_or_accepting_cookies_is_the_choice(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    ("点按“拒绝”即表示您拒绝可选Cookie。", False),
    ("选择「不允许」即表示您不接收推送。", False),
    ("如果您不希望不接收我们的推送，请勾选此框。", True),
])
def test_chinese_a_quoted_button_name_is_no_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # a place on the page is no location
    ("条款如有修改，我们会在首页醒目位置公告。继续访问即表示您同意修改后的条款。", False),
    ("继续访问即表示您同意我们获取您的地理位置。", True),
    # the product described as a third-party tool, not a recipient
    ("本应用是一款非官方的第三方音乐客户端。安装即视为您同意本协议全部条款。", False),
    ("安装即视为您同意我们向第三方提供您的设备标识。", True),
    # analytics tools themselves
    ("浏览本站即表示您同意我们加载分析脚本。", True),
    ("浏览本站即表示您同意我们的分析结论仅供参考。", False),
    # publishing the visitor's information
    ("报名参赛即视为您授权主办方公示获奖者的姓名和照片。", True),
    ("报名参赛即视为您同意遵守公开的赛事规则。", False),
])
def test_chinese_location_third_parties_analytics_publishing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # contact or messages for the visitor's own request, through any list of channels
    ("留言即表示同意我们通过电话、短信或邮件回复您。", False),
    ("预约即表示您同意我们通过手机号码给你发送预约提醒。", False),
    ("留言即表示同意我们通过短信、邮件或电话向您推荐其他课程。", True),
    # cookies that keep the visitor's own settings or sign-in
    ("切换主题即表示您同意我们用cookie保存您的界面偏好。", False),
    ("登录即代表您同意我们使用Cookie保持您的登录状态。", False),
    ("继续浏览即表示您同意我们使用Cookie记录您的兴趣偏好。", True),
    ("继续浏览即表示您同意我们使用Cookie，详见Cookie设置。", True),
])
def test_chinese_channels_and_cookies_that_serve_the_visitor(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # using said as a noun, with no object, or the handling after 对…进行; PIPL's verbs in a list
    ("您对本应用的使用即代表您同意我们对您的个人数据进行跨境传输。", True),
    ("如果您选择使用，即视为您同意我们加工和传输您的个人信息。", True),
    ("访问本平台即表示您同意我们收集、保存和删除您的相关数据。", True),
    ("访问本平台即表示您认可我们会尽力保护您的个人信息。", False),
    ("如果您选择使用，请先阅读本协议。", False),
])
def test_chinese_personal_data_handled_by_merely_using(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the resource the doing hands over, used for that doing
    ("打开定位服务即表示您同意我们读取您的位置，用于显示离您最近的网点。", False),
    ("填写手机号即代表您同意我们向该号码发送短信校验码。", False),
    # the same resource for anything else, or another resource, is still granted beside it
    ("打开定位服务即表示您同意我们把您的位置提供给合作商户。", True),
    ("填写手机号即代表您同意我们向该号码推送优惠活动。", True),
    ("填写手机号即代表您同意我们读取您的位置。", True),
    # a resource named in the notice before the doing is not what the doing hands over
    ("本站会记录您的位置，继续浏览即视为您同意。", True),
])
def test_chinese_the_resource_the_doing_hands_over_serves_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the number for verifying, signing in or delivering: what registering or ordering needs
    ("注册即表示您同意我们用您的手机号码完成实名认证。", False),
    ("下单即视为您同意我们把您的电话交给骑手以便送货。", False),
    ("注册即表示您同意我们用您的手机号码推送新品资讯并完成认证。", True),
    # a feature that cannot work without the location hands it over
    ("打开地图即表示您同意我们读取您的位置。", False),
    ("打开地图即表示您同意我们把您的位置分享给广告商。", True),
    ("注册即表示您同意我们读取您的位置。", True),
    # the feature's own search history kept in a cookie
    ("使用站内搜索即代表您同意我们用cookie保存您的搜索历史。", False),
])
def test_chinese_what_registering_ordering_or_a_feature_needs(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the kind of an account the visitor links is their account, not a use of their data
    ("绑定推广账号即表示您同意我们代您发布内容。", False),
    ("关联您的营销与 CRM 帐户即授权我们替您同步联系人名单。", False),
    # a use granted beside linking it is still one
    ("绑定您的推广账号即表示您同意我们向您推送营销短信。", True),
    ("关联广告账户即授权我们把您的投放数据分享给合作伙伴。", True),
])
def test_chinese_an_account_kind_is_not_a_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # third parties that check who the visitor is, for the request they make
    ("开户即表示您同意我们把您的资料交给合作机构用于核实您的身份。", False),
    ("提交借款申请后，即视为您授权第三方认证您的实名信息。", False),
    # a card or a credit union that pays is no credit scoring
    ("使用信用卡付款即视为您同意我们保存卡号。", False),
    # other uses by the same parties, and scoring itself, are still granted
    ("开户即表示您同意我们把您的资料交给合作机构用于推广。", True),
    ("开户即视为您授权我们查询您的信用评分。", True),
])
def test_chinese_identity_checks_and_payment_cards_serve_the_request(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # necessary cookies under their other names, or said to keep the site running
    ("继续访问即视为您同意我们使用基础类Cookie。", False),
    ("继续使用本站即表示您同意我们使用技术Cookie。", False),
    ("继续浏览即代表您接受本站运行所需的cookie。", False),
    ("继续浏览即表示您同意我们用Cookie维持网站的稳定运行。", False),
    # cookies with no such name, or an optional kind beside them, are still granted
    ("继续访问即视为您同意我们使用Cookie。", True),
    ("继续访问即视为您同意我们使用功能Cookie及广告Cookie。", True),
])
def test_chinese_necessary_cookies_under_any_name(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # switching on notifications or recommendations is the choice of that very use
    ("打开推送提醒即代表您同意我们给您发送提醒。", False),
    ("启用个性化推荐后即视为您同意我们按照您的喜好推荐商品。", False),
    # another use beside it, or the same use tied to another doing, is still granted
    ("打开推送提醒即代表您同意我们给您发送促销信息。", True),
    ("启用个性化推荐后即视为您同意我们将您的喜好共享给合作商户。", True),
    ("下载资料即代表您同意我们给您推送消息。", True),
])
def test_chinese_a_feature_switched_on_is_its_own_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # consent named as the condition of a use, still to be asked for
    ("在你授权之后，我们才会把你的资料提供给合作方。", False),
    ("仅当用户单独同意的情况下，本平台才会发送营销短信。", False),
    # consent given here, bare or tied to a doing, is still a grant
    ("你授权我们把你的资料提供给合作方。", True),
    ("登录即视为你同意我们发送营销短信。", True),
])
def test_chinese_consent_as_a_condition_grants_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a third party named as the provider doing the work the visitor asked for
    ("上传录音即表示您同意我们把录音交由第三方语音识别服务商转写。", False),
    ("使用智能客服即代表您同意我们将对话发送至第三方模型提供方。", False),
    # a bare third party, or a data or ad vendor, is still someone the data is given to
    ("上传录音即表示您同意我们把录音交由第三方处理。", True),
    ("使用智能客服即代表您同意我们将对话发送至第三方广告服务商。", True),
])
def test_chinese_a_third_party_provider_doing_the_work_is_a_processor(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # handing details to whoever fulfils what the visitor asked for
    ("购买机票即视为您同意我们把乘机人信息提供给航司用于出票。", False),
    ("寄快递即表示您同意我们把收件人电话交给快递员。", False),
    ("申请理赔即表示您同意我们将病历提供给保险公司以便理赔。", False),
    # the same parties for an offer, or with no purpose the doing needs, still count
    ("购买机票即视为您同意我们把乘机人信息提供给航司用于营销。", True),
    ("申请理赔即表示您同意我们将病历提供给保险公司。", True),
])
def test_chinese_details_handed_over_for_fulfilment_serve_the_doing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a grant offered as an option or wished for is a choice still to be made
    ("想要专属推荐的话，你也可以授权我们分析你的浏览习惯。", False),
    ("倘若您愿意接受我们的广告推送，请点击下方按钮。", False),
    # a grant given, even called irrevocable, is still one
    ("你授权我们分析你的浏览习惯以便投放广告。", True),
    ("下载即视为您不可撤销地同意我们向合作商户提供您的资料。", True),
])
def test_chinese_a_grant_offered_or_wished_for_is_not_given(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# 功能性Cookie is an optional category in most consent managers, not a name of necessary cookies.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("我们使用功能性Cookie和分析Cookie。继续浏览即表示您同意我们使用Cookie。", True),
    ("继续浏览即表示您同意我们使用功能性Cookie。", True),
    ("我们仅使用技术性Cookie。继续浏览即表示您同意我们使用Cookie。", False),
])
def test_chinese_functional_cookies_are_not_necessary_ones(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m18 (precision first): what makes a look-alike not a finding, as a structure.
@pytest.mark.parametrize(("notice", "bundled"), [
    # a place shown on a map is a feature, not the visitor's location
    ("门店位置预览由腾讯地图生成。继续浏览即视为同意加载地图组件。", False),
    ("页面会显示活动场馆的位置。继续使用即同意打开地图。", False),
    # the visitor's own location still counts, however it is said
    ("继续浏览即视为同意我们读取你的实时位置。", True),
    ("继续使用即同意我们记录您的位置用于广告投放。", True),
])
def test_chinese_a_place_shown_is_not_the_visitors_location(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the goods the site sells, a partner role the visitor may take: no use of their data
    ("我们只转让正版数字藏品，购买即视为接受交易规则。", False),
    ("本店出售二手教材，下单即表示您同意售后规则。", False),
    ("注册即表示你同意用户协议。日后想成为我们的合作伙伴，请另行提交资质。", False),
    ("登录即视为同意服务条款；申请合作伙伴资格需另行审核。", False),
    # selling or handing their data over, or a partner who receives it, still count
    ("下单即表示您同意我们出售您的购买记录数据。", True),
    ("注册即表示您同意我们把资料转让给合作伙伴。", True),
])
def test_chinese_goods_sold_or_a_partner_role_are_no_data_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # this site as 本站, or the site by its brand name, merely used
    ("浏览本站即视为您同意我们收集您的个人数据。", True),
    ("使用 Zeta 平台即表示你同意我们存储你的个人信息。", True),
    ("您访问青木官网即表示同意我们处理您的个人资料。", True),
    # a feature that is an act of its own, or a document granted
    ("使用在线预约服务即表示您同意我们处理您的个人信息。", False),
    ("访问本站即表示您同意本站用户条款。", False),
])
def test_chinese_the_site_named_by_its_brand_is_site_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "trick"), [
    # confirming the refusal the visitor just clicked: yes does what they asked
    ("关闭后将收不到优惠推送，确定要关闭吗？", False),
    ("您真的不想再收到我们的营销邮件了吗？", False),
    ("是否确认停用个性化推荐？", False),
    ("停用后将不再展示个性化广告，是否继续？", False),
    # asked unprompted, a refusing question is still inverted
    ("您是否要停止接收我们的营销短信？", True),
    # a circumstance "without…" is a condition, not a second negation
    ("我们不会在没有必要的情况下共享您的数据。", False),
    ("平台不会在无需要的前提下收集你的通讯录信息。", False),
    # a real double negative stays one
    ("如果您不希望不接收营销邮件，请勾选。", True),
])
def test_chinese_a_confirmation_or_a_circumstance_is_no_trick(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


@pytest.mark.parametrize(("words", "shaming"), [
    # a wilful or haughty adverb before leaving, a boast of wealth with no 我, a good not used
    ("任性关掉", True),
    ("倔强地拒绝", True),
    ("不差钱，原价买", True),
    ("我偏不用红包", True),
    ("我不领优惠券", True),
    # plain declines and no-need phrases stay neutral
    ("不用了，谢谢", False),
    ("我不用登录，直接浏览", False),
    ("暂不领取", False),
    ("关闭", False),
])
def test_chinese_wilful_declines_and_goods_not_used(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # a grant that is the condition of what follows, or a setting described, grants nothing yet
    ("若你授权，我们将按你的兴趣推送广告。", False),
    ("要是您同意的话，我们会把活动资讯发给您。", False),
    ("此选项决定访客继续浏览时是否默认接受统计Cookie。", False),
    # the grant given after the condition still counts
    ("若您继续浏览，即视为您同意我们向您推送广告。", True),
])
def test_chinese_a_grant_as_a_condition_is_not_given(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the uses a document explains, or a pointer to it, are not what granting the document grants
    ("本站的隐私声明介绍了我们怎样向广告商提供数据。注册即代表您同意隐私声明。", False),
    ("更多详情请查阅我们关于第三方共享的说明。登录即视为您接受用户条款。", False),
    ("访问本站即表示您同意《隐私政策》，其中说明了我们如何与合作方共享信息。", False),
    # a use the notice itself makes stays what the document grant grants
    ("我们会与广告商共享您的浏览数据。继续使用即表示您同意隐私声明。", True),
])
def test_chinese_what_a_document_explains_is_not_granted(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # necessary cookies named beside analytics or product development are not "necessary only"
    ("本站使用必需Cookie与分析类Cookie。继续访问即视为您同意我们使用Cookie。", True),
    ("我们用cookie记录您的登录信息，并借助这些数据优化产品。继续使用即表示您接受这些cookie。", True),
    # necessary or preference cookies alone still grant nothing optional
    ("我们用cookie记录您的登录信息。继续使用即表示您接受这些cookie。", False),
    ("本站只使用必需Cookie。继续访问即视为您同意我们使用Cookie。", False),
])
def test_chinese_necessary_cookies_beside_optional_ones_grant_more(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the party that fulfils the order, a tally of the answers the act itself submits
    ("确认下单即视为您同意平台把联系方式交给入驻商家用于配送。", False),
    ("参加投票即表示您同意我们统计投票结果。", False),
    # the same party for its own purposes, usage statistics of the site, still count
    ("确认下单即视为您同意平台把联系方式交给入驻商家。", True),
    ("参加投票即表示您同意我们收集访问统计数据。", True),
])
def test_chinese_fulfilment_and_a_tally_of_answers_serve_the_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # no interest in a good, staying confused, a boast of money, a good watched slipping away
    ("我对折扣提不起兴趣", True),
    ("好吧，就让我继续一头雾水", True),
    ("我有的是钱，不领", True),
    ("我眼看着红包飞走", True),
    # a topic of no interest, a plain decline
    ("我对这个话题提不起兴趣", False),
    ("我没有疑问，关闭", False),
])
def test_chinese_declines_of_no_interest_and_confusion(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("words", "trick"), [
    # 未 inside a word (a minor, the future) and "without your consent" at a time are one negation
    ("本站不会给未成年用户推送广告。", False),
    ("我们不会在没有你明确授权时分享你的资料。", False),
    # silence taken as consent and a real double negative stay trick wording
    ("若你未在七日内表示反对，即视为同意接收促销短信。", True),
    ("假如你没有不同意，我们会共享你的资料。", True),
])
def test_chinese_a_word_with_wei_and_a_time_without_consent_are_one_negation(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


@pytest.mark.parametrize(("words", "trick"), [
    # an FAQ's question about a refusal: whether one can, what it brings or costs
    ("能否随时关闭广告追踪？", False),
    ("退出营销计划后还会收到短信吗？", False),
    ("停用个性化推荐会影响搜索结果吗？", False),
    ("您要取消此次订阅吗？", False),
    # a question whose yes refuses, asked of the visitor's wish, stays inverted
    ("你想停止接收我们会定期寄出的促销邮件吗？", True),
])
def test_chinese_a_question_about_a_refusal_is_not_a_consent_question(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


@pytest.mark.parametrize(("words", "shaming"), [
    # a decline that defers, or turns down a "learn more" link, is neutral
    ("我暂时不需要免费体检", False),
    ("我目前不要红包", False),
    ("我不想查看更多", False),
    # the same good turned down outright still mocks
    ("我不需要免费体检", True),
    ("我就是不要红包", True),
])
def test_chinese_a_deferring_decline_is_neutral(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # a bundling sentence quoted as an example, a document's contents after 其中包括
    ("该模板会弹出「浏览本站就代表你同意我们共享数据」这样的横幅。", False),
    ("请您阅读并同意《隐私指引》，其中包含我们向广告商提供信息的情形。", False),
    # said to the visitor, it still bundles; a quoted button name is a name
    ("浏览本站就代表你同意我们共享数据。", True),
    ("点击“好的”或继续浏览，即表示你同意我们共享数据给广告商。", True),
])
def test_chinese_a_quoted_example_grants_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the use's purpose is the very doing the grant is tied to: what that act needs (ruling 2)
    ("开始答卷即视为您同意我们收集数据用于答卷", False),
    ("启动体检即表示你同意系统收集信息以便体检", False),
    # a purpose the doing does not name, or one beside it, is still granted beside the act
    ("开始答卷即视为您同意我们收集数据用于精准营销", True),
    ("启动体检即表示你同意系统收集信息用于体检和广告推送", True),
    # merely using the site serves no act of the visitor's own, whatever the purpose says
    ("浏览本站即表示你同意我们收集数据用于本站", True),
])
def test_chinese_a_use_for_the_act_itself_serves_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # a whole decline that keeps the visitor in a state they would not want, no speaker named
    ("那就一直孤单着吧", True),
    ("算了，继续当光棍", True),
    # the decliner made to admit being broke as the whole decline
    ("本人实在付不起", True),
    ("俺没有钱", True),
    # going on with the plain alternative, or a price or balance stated, is neutral
    ("继续逛逛", False),
    ("继续按原价结算", False),
    ("我余额不足了，先去充值", False),
    ("价格有点高", False),
])
def test_chinese_a_decline_that_keeps_one_in_a_bad_state(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # the visitor's own entered data shown on their own profile: a profile setting, nothing beside it
    ("填写选填字段即表示您同意我们在您的个人主页共享这些数据。", False),
    ("补充简介即表示你同意平台在你的资料页共享所填的信息。", False),
    # shared with others, or beside ads, it is still granted beside the act
    ("填写选填字段即表示您同意我们与关联公司共享这些数据。", True),
    ("补充简介即表示你同意平台在你的资料页向广告商共享所填的信息。", True),
])
def test_chinese_own_data_on_own_profile_is_a_setting(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the visitor's picture or recording made public, tied to attending (the organiser's publicity)
    ("签到入场即视为您同意我们拍摄现场照片并在公众号发布。", True),
    ("参加讲座即代表你同意主办方录制视频用于宣传报道。", True),
    ("到场即表示您授权我们使用您的影像。", True),
    # a camera feature, a picture kept for the act, or the visitor's own upload is not
    ("点击扫码即表示您同意我们拍摄图片以识别商品。", False),
    ("提交即表示您同意我们使用您上传的证件照片进行实名核验。", False),
    ("上传作品即表示您同意在平台公开发布该视频。", False),
])
def test_chinese_pictures_made_public_are_a_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    ("我宁可孤独终老", True),
    ("我甘愿打光棍", True),
    ("我是单身", False),
])
def test_chinese_staying_alone_for_life_is_a_loss(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # a bare joining, or joining a waitlist, is the sign-up for the plain mail it grants (ruling 4)
    ("加入后，即表示您同意接收我们的新品动态。", False),
    ("加入等候名单即表示你同意接收开放内测的更新。", False),
    # offers, other parties, or a club or account with an object of its own are granted beside it
    ("加入后，即表示您同意接收我们的促销动态。", True),
    ("加入等候名单即表示你同意接收我们与赞助商的更新。", True),
    ("加入读书会即表示你同意接收我们的新品动态。", True),
])
def test_chinese_a_bare_joining_signs_up_for_plain_mail(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


def test_an_act_purpose_that_does_not_capture_its_object_is_refused_on_load(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The purpose's object is read by its group's name: a pattern without it fails on load, not mid-scan."""
    shipped = load("wording", "zh")
    broken = {**shipped, "bundled_consent": {**shipped["bundled_consent"], "act_purpose": ("用于测评$",)}}
    monkeypatch.setattr(wording, "load", lambda kind, language: broken)
    with pytest.raises(WordingLexiconError, match="act_purpose"):
        wording._compiled_lexicon.__wrapped__("zh")


# Round m21, a precision audit by construction: shapes real Chinese apps and sites use that the
# trick-wording and bundling word classes reached though they are no finding.
@pytest.mark.parametrize(("text", "trick"), [
    # a refusal word naming the link or button that refuses, or a refusal already made (a state), is
    # one refusal named twice, not a double negative
    ("您可点击邮件底部的退订链接进行退订。", False),
    ("如不想再收到此类促销邮件，请点击取消订阅按钮取消订阅。", False),
    ("我们将不会再向已退订的用户发送促销邮件。", False),
    ("您已拒绝个性化广告，我们不会再向您展示此类广告。", False),
    ("若您不希望退订促销短信，请回复1。", True),
])
def test_chinese_a_refusal_named_as_a_link_or_a_state_is_no_second_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a promise not to penalise a refusal (PIPL Art. 16) names the refusal it protects
    ("我们不会因为您不同意接收营销信息而拒绝为您提供服务。", False),
    ("平台不得以用户拒绝个性化推荐为由停止提供基本功能。", False),
    ("我们不会因您拒绝接收营销信息而取消您的会员资格。", False),
    ("如您不同意不再接收营销短信，请回复1。", True),
])
def test_chinese_a_promise_not_to_penalise_refusal_is_one_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "before you have agreed to X" is a time, whatever stands between 未同意 and 前
    ("我们的SDK不会在您未同意隐私政策前收集任何信息。", False),
    ("在您未授权通讯录前，我们不会读取或上传您的联系人。", False),
    ("如果您未拒绝，我们不会停止发送推广短信。", True),
])
def test_chinese_before_agreeing_to_something_is_a_time(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a paid subscription and its renewal are a contract (ruling 5), not a consent topic
    ("若您在试用期结束前未取消订阅，将自动转为付费会员。", False),
    ("如不想续订，请在到期前关闭自动续费，否则将继续扣款。", False),
    ("试用期间如不想退订营销邮件，请勾选此框。", True),
])
def test_chinese_a_paid_subscription_is_a_contract(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # one sender blocked, its verb before the item, is a confirm dialog about that item
    ("是否不再接收该商家的消息？", False),
    ("您是否要停止接收这个公众号的推送？", False),
    ("是否不再接收合作伙伴的营销消息？", True),
])
def test_chinese_blocking_one_sender_is_a_confirm_dialog(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # details handed over for the fulfilment the doing asks for, the purpose in its own clause
    ("预订即表示您同意将您的姓名和联系方式提供给酒店，用于办理入住。", False),
    ("投保即表示您同意将您的手机号提供给保险公司，用于核保和理赔。", False),
    ("预订即表示您同意将您的联系方式提供给酒店，用于营销推广。", True),
    ("预订即表示您同意将您的联系方式提供给合作伙伴，用于推荐其他产品。", True),
])
def test_chinese_fulfilment_named_in_its_own_clause_serves_the_doing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # sharing with the visitor's own friends is theirs to do, as a share button
    ("保存并共享给好友", False),
    ("生成海报并分享给朋友", False),
    ("保存并共享给合作伙伴", True),
])
def test_chinese_sharing_with_ones_own_friends_is_no_data_use(label: str, bundled: bool) -> None:
    assert (match_bundled_action_label(label) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the kind of platform or back office a tool connects for the visitor's own business, also one kind
    # in a list before its head noun, is an integration, not a use of the visitor's data
    ("使用本工具即表示您同意我们对接您的店铺、广告与物流平台，以同步订单和报表。", False),
    ("登录即表示您授权本应用读取您的推广后台数据，用于生成投放报告。", False),
    # ads shown, or data handed to an ad platform, stay a use
    ("使用本应用即表示您同意广告平台向您展示广告。", True),
    ("使用本应用即表示您同意我们将您的数据提供给广告平台。", True),
])
def test_chinese_a_platform_kind_a_tool_connects_is_no_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # 如 as "such as" (例如, 诸如) names an example, not a condition of browsing or using
    ("我们使用Cookie来改善体验。同意这些技术将使我们能够处理数据，例如浏览行为或设备标识符。", False),
    ("我们会利用Cookie分析访问情况，诸如访问时长和来源页面；接受即可让我们改进网站。", False),
    ("如继续浏览，即表示您同意我们使用Cookie进行广告投放。", True),
])
def test_chinese_ru_as_such_as_is_no_condition(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    # 未能 is a failure, a fact, not a refusal refused
    ("您的退订请求未能完成，请重新提交。", False),
    ("很抱歉，我们未能处理您的取消订阅申请。", False),
    ("如果您不希望不再收到我们的优惠信息，请回复Y。", True),
])
def test_chinese_a_failure_is_no_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # the refusal's consequence told first, then asked again: the confirm dialog of a switch turned off
    ("关闭后，您将无法收到优惠活动通知，是否关闭？", False),
    ("停用后将不再收集使用情况统计，是否停用？", False),
    # asked unprompted, or after what the use does, "yes" still refuses
    ("是否关闭个性化推荐？", True),
    ("为了给您推荐更多优惠，我们会分析您的浏览记录，是否关闭个性化推荐？", True),
])
def test_chinese_a_refusal_asked_again_after_its_consequence_confirms(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # 要 or 需 inside 必要/所需 is no wish: an empty box that uses only what is needed grants nothing
    ("如您未勾选任何选项，我们将只使用必要Cookie。", False),
    ("若不勾选，我们将仅在必要时与您联系。", False),
    # an empty box keeping only the necessary cookies is a selection, not a grant
    ("不选中任何类别即表示仅接受必要Cookie。", False),
    # an empty box said to change nothing for the act is an optional box, said plainly
    ("我同意接收营销短信（不勾选不影响注册）", False),
    ("您不勾选也可以下单，勾选则表示您同意接收会员优惠信息。", False),
    # an empty box that agrees to an option still does
    ("不勾选即视为同意我们使用分析Cookie。", True),
    ("保持不勾选，即表示您愿意接收合作伙伴的推广。", True),
    ("如果您没有打勾，我们将视为您愿意接收推广信息。", True),
])
def test_chinese_an_empty_box_that_keeps_the_necessary_or_changes_nothing(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # an option named without quotes, offering the alternative kept or a protection, says what ticking it does
    ("若您不想接收电话回访，可勾选仅短信联系。", False),
    ("如您不希望收到纸质账单，请勾选电子账单。", False),
    ("如不希望骑手看到您的真实号码，请勾选隐私号保护。", False),
    # the box itself ticked under a refusal is still the riddle
    ("若您不希望我们与合作伙伴共享数据，请勾选下方选项。", True),
    ("若您不愿意接收推送，请勾选隐私保护下方的方框。", True),
])
def test_chinese_an_unquoted_option_name_says_what_ticking_does(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # a list, explanation or rules named in 《》 is the document granted, not the use its title names
    ("登录即表示您已阅读并同意《用户协议》《隐私政策》及《第三方SDK共享清单》。", False),
    ("注册即表示您同意《个性化推荐服务说明》。", False),
    ("报名即代表您同意《营销活动参与规则》。", False),
    ("登录即表示同意“用户协议”和“第三方信息共享清单”。", False),   # in quotes too
    # an agreement or authorisation titled by its use is that use granted
    ("查看账单即表示您同意《芝麻服务协议》。", True),
    # a use named outside the titles stays one
    ("登录即表示您同意《隐私政策》及我们与合作伙伴共享您的数据。", True),
])
def test_chinese_a_documents_title_names_no_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    ("已阅读并同意《隐私政策》及《第三方信息共享清单》", False),
    ("注册并同意《Cookie政策》", False),
    ("注册并同意接收营销短信", True),
])
def test_chinese_a_buttons_document_title_names_no_use(label: str, bundled: bool) -> None:
    assert (match_bundled_action_label(label) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    # a refusing question the next words answer with how to refuse is rhetorical (email footer, help text)
    ("希望不再接收我们的营销短信吗？回复TD即可。", False),
    ("要退订我们的新闻邮件吗？您可以随时在账户设置中操作。", False),
    ("您想关闭个性化广告吗？请前往“设置-隐私-广告”进行关闭。", False),
    # a refusal already made is a fact asked
    ("是否拒绝了Cookie？您仍然可以正常浏览本网站。", False),
    # a Yes/No prompt whose yes refuses stays inverted
    ("您是否要退订我们的营销邮件？是 / 否", True),
    ("要停用使用情况统计吗？(y/N)", True),
])
def test_chinese_a_refusing_question_answered_by_the_text_is_rhetorical(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # cookies said to be ONLY for what the visitor set or signed in with are the necessary ones
    ("本网站使用的Cookie仅用于记住您的购物车内容，继续浏览即视为您同意。", False),
    ("本站Cookie只用来记录您的登录状态，继续使用即表示您同意。", False),
    # an optional purpose beside it is granted by browsing
    ("本网站使用的Cookie仅用于记住您的购物车内容和分析访问量，继续浏览即视为您同意。", True),
])
def test_chinese_cookies_only_for_the_visitors_own_input_are_necessary(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # personal data collected for what the doing asks for, the purpose in its own clause too (ruling 2)
    ("注册即表示您同意我们收集您的个人信息，用于为您提供会员服务。", False),
    ("报名即表示您同意我们收集您的个人信息用于本次活动的组织与联络。", False),
    ("申请即表示您同意我们收集您的个人信息，以便为您开具发票。", False),
    ("预约即表示您同意我们收集您的姓名和手机号码，以便为您安排体验课程。", False),
    ("参加抽奖即表示您同意我们收集您的联系方式，以便通知中奖结果。", False),
    # a purpose beyond the doing stays a use
    ("报名即表示您同意我们收集您的个人信息，用于改进产品和市场研究。", True),
    ("注册即表示您同意我们收集您的个人信息，用于为您提供会员服务和个性化推荐。", True),
    ("参加抽奖即表示您同意我们收集您的联系方式，以便通知您最新的促销活动。", True),
])
def test_chinese_data_collected_for_what_the_doing_asks_serves_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a push as the channel of the service's own message about the order, booking or request
    ("下单即表示您同意我们通过App推送向您发送物流信息。", False),
    ("预约即表示您同意我们在预约前一天向您推送提醒消息。", False),
    ("提交即表示您同意我们通过短信向您推送审核结果。", False),
    # an offer or personalised content pushed stays a use
    ("下单即表示您同意我们向您推送优惠活动和物流信息。", True),
    ("注册即表示您同意我们向您推送个性化内容。", True),
])
def test_chinese_a_push_of_the_services_own_message_is_no_marketing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # use words that make no use of the visitor's data: ads absent or blocked, advertising as a trade or a
    # law, promoting as the visitor's role, their own parcel tracked, their own theme, a merchant's report
    ("开通会员即表示您同意《会员服务协议》，会员可享受无广告体验。", False),
    ("安装即表示您同意本软件屏蔽第三方广告和追踪器。", False),
    ("发布即表示您同意遵守《广告法》及相关规定，严禁发布虚假广告。", False),
    ("申请成为推广员即表示您同意《推广员协议》，您将获得专属推广链接。", False),
    ("下单即表示您同意我们通过短信向您发送包裹追踪链接。", False),
    ("开通会员即表示您同意我们为您开启个性化主题和装扮。", False),
    ("注册商家即表示您同意平台为您的店铺生成销售统计报表。", False),
    # a use beside them stays one
    ("注册即表示您同意我们向您展示个性化广告，会员可享无广告体验。", True),
    ("开通会员即表示您同意我们免费为您推送广告。", True),
    ("下单即表示您同意我们跟踪您的浏览记录以推荐商品。", True),
])
def test_chinese_use_words_that_make_no_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the party that does the act's own work, by 由 or by its fulfilment verb, is the service
    ("下单即表示您同意由第三方物流公司为您配送。", False),
    ("提交即表示您同意由第三方检测机构对您寄送的样品进行检测。", False),
    ("下单即表示您同意商家在48小时内发货。", False),
    # a merchant's terms: the duties laid on the merchant, an agreement titled by no use
    ("入驻即表示您同意《商家服务协议》，商家须保证商品质量。", False),
    # a plan made for the visitor, a finance disclosure, a credit line applied for, a login cookie, AI art
    ("报名即表示您同意我们为您制定个性化学习方案。", False),
    ("投资即表示您已阅读《风险揭示书》并同意接收信息披露文件。", False),
    ("申请即表示您同意我们对您的信用额度进行审核。", False),
    ("注册即表示您同意我们在您的设备上保存登录Cookie。", False),
    ("使用AI画像即表示您同意我们处理您上传的照片以生成画像。", False),
    # data given to a party, a use beside the plan, an agreement titled by its use stay uses
    ("下单即表示您同意我们与商家共享您的浏览记录。", True),
    ("下单即表示您同意我们将您的信息提供给第三方用于营销。", True),
    ("注册即表示您同意《营销推广服务协议》。", True),
])
def test_chinese_the_party_doing_the_work_and_other_senses_are_no_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the company's own contact channel, and a right named in terms, are no use of the visitor's data
    ("注册即表示您同意《用户协议》，如有疑问请通过以下联系方式与我们联系。", False),
    ("预约即表示您同意到店体验，如需改期请拨打客服电话。", False),
    ("报名即表示您同意活动规则，咨询电话：400-000-0000。", False),
    ("发布即表示您同意遵守社区规范，不得侵犯他人肖像权。", False),
    # the visitor's number given away or used for offers stays a use
    ("提交即表示您同意我们将您的电话号码提供给合作伙伴。", True),
    ("报名即表示您同意我们通过电话向您推荐其他课程。", True),
])
def test_chinese_the_companys_own_contact_channel_is_no_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    # the site's own promise of conduct is a statement, not a consent choice refused twice
    ("我们永远不会停止保护您的数据。", False),
    ("关闭个性化推荐后，我们不会停止向您展示内容，只是内容不再基于您的偏好。", False),
    ("如果您不希望我们停止发送营销邮件，请勾选此框。", True),
])
def test_chinese_the_sites_own_promise_is_no_double_negative(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # the choice itself, however it is set: allowing the cookies, a switch slid, a permission switch in quotes
    ("允许使用Cookie意味着我们可以为您提供个性化广告。", False),
    ("拨动上方开关即表示您同意我们使用位置信息推荐附近活动。", False),
    ("打开“允许跨应用跟踪”即表示您同意该应用跟踪您在其他应用中的活动。", False),
    # a feature's switch, or browsing beside the choice, still ties an option to another act
    ("打开“消息通知”即表示您同意我们向您推送营销信息。", True),
    ("继续浏览并允许使用Cookie即表示您同意我们展示个性化广告。", True),
])
def test_chinese_a_switch_or_cookie_allowance_is_the_choice(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a document granted by an act the visitor asks for grants the document, not the uses the notice
    # describes beside it as the visitor's own later choice
    ("我们仅会在您另行同意后向您发送营销短信。注册即表示您同意《用户协议》。", False),
    ("个性化推荐可在设置中随时关闭。登录即表示您同意《用户协议》。", False),
    ("您可以选择是否与合作伙伴共享数据。登录即表示您同意《服务协议》。", False),
    # a use granted in the act's own sentence, "the above" granted, or the site merely used, still bundle
    ("注册即表示您同意《用户协议》，并同意接收营销短信。", True),
    ("我们会将您的数据共享给合作伙伴用于广告。注册即表示您同意上述内容。", True),
    ("我们会将您的数据共享给合作伙伴用于广告。继续使用即表示您同意我们的《用户协议》。", True),
])
def test_chinese_a_document_granted_by_a_request_is_that_document(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a third party the visitor uses, or whose own terms they accept, is a service or a document's owner
    ("当您使用第三方服务时，您同意遵守该第三方的服务条款。", False),
    ("如果您使用第三方支付完成付款，即表示您同意支付机构处理您的支付信息。", False),
    # data given to one, or its marketing, stays a use
    ("使用本应用即表示您同意我们与第三方共享您的数据。", True),
    ("注册即表示您同意第三方的营销推送。", True),
])
def test_chinese_a_third_party_used_or_owning_terms_is_no_recipient(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # 即可 says what the visitor can then do (a benefit), not a grant deemed by the doing
    ("注册即可加入会员，享受专属优惠活动。", False),
    ("关注公众号即可加入粉丝群，第一时间获取最新活动。", False),
    ("完成注册即可开通积分账户，积分可兑换合作伙伴的礼品。", False),
    # 即 before the grant still ties it to the doing
    ("下载资料即同意接收我们的营销邮件。", True),
    ("注册即同意我们与合作伙伴共享您的信息。", True),
])
def test_chinese_jike_is_a_benefit_not_a_deemed_grant(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("label", "trick"), [
    # "don't miss" as an imperative beside the box is a slogan wanting the thing
    ("勾选此框，不要错过我们的独家优惠", False),
    ("勾选下方选项，别错过会员专属福利", False),
    # a negated wish before the loss is the riddle
    ("如果您不想错过我们的优惠，请不要勾选此框。", True),
])
def test_chinese_dont_miss_as_a_slogan_is_no_double_negative(label: str, trick: bool) -> None:
    assert (match_trick_wording(label, on_a_box=True) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # refusing the service's own document, or closing one's own account, is no consent riddle
    ("如果您不同意隐私政策，将无法使用本服务，请勾选以表示同意。", False),
    ("如果您不再需要此账户，请勾选下方确认框后提交注销申请，注销后您的数据将被删除。", False),
    # two negations joined by 并 negate two predicates side by side
    ("如您不同意《隐私政策》的任何内容，请勿勾选并停止注册，勾选即表示您已阅读并同意。", False),
    # a consent topic refused under the condition stays the riddle
    ("如果您不同意我们与合作伙伴共享数据，请勾选此项。", True),
    ("如果您不希望不再接收我们的优惠信息，请勾选此框。", True),
])
def test_chinese_a_terms_box_an_account_closed_and_coordinated_negations(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m22, class 4: a condition whose doing "shows" the grant, the doing with its place between,
    # the grant's object the promotion the notice announces
    ("本店保留通过短信向已注册及下单的用户发送订单提醒和促销优惠的权利。若您在本店注册或下单，则表明您已默示同意此项服务。",
     True),
    ("如果您在本平台购物，说明您同意我们向您推送营销短信。", True),
    # the same shape granting a document, or a notice the act itself needs: nothing optional
    ("本店保留通过短信向注册用户发送登录验证码的权利。若您在本店注册，则表明您已同意接受此项服务。", False),
    ("如果您在本平台注册账号，即表明您已阅读并同意《会员服务协议》。", False),
])
def test_chinese_a_conditional_doing_shows_the_grant(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m22, class 4: "By <doing>, you agree" with 通过; processing tied to using the service is bundled
    # even where it says how ("按照隐私政策": the manner, not a document granted)
    ("通过使用本小程序，您同意我们依据隐私政策收集并使用您的个人数据。", True),
    ("通过访问本网站，你即同意我们使用分析Cookie。", True),
    # a document only, subscribing (the consent itself), or registering for its own terms
    ("通过使用本应用，您同意遵守本协议的全部条款。", False),
    ("通过订阅，您同意接收我们每周的简报邮件。", False),
    ("通过注册账户，您同意我们的服务条款和隐私政策。", False),
])
def test_chinese_by_doing_with_tongguo(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m22, class 4: contact details used only for the request sent are that request's reply
    ("提交预约即表示您同意我们只为处理您的预约使用您的手机号码。", False),
    ("留言即表示您同意我们仅为回复本次留言使用您的邮箱。", False),
    # …but not beside another use, nor for another purpose
    ("提交咨询即表示您同意我们使用您的联系方式回复咨询并向您推送优惠活动。", True),
    ("提交即表示您同意我们将您的联系方式提供给合作伙伴。", True),
])
def test_chinese_contact_details_only_for_the_request(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a product saying what kind of thing it is names no use ("…是一个…分析平台")
    ("晨曦记账是一款个人消费分析工具。继续使用即表示您同意本服务条款。", False),
    ("本站是一个广告投放平台的演示站点。通过使用本网站，您同意遵守使用条款。", False),
    # a use the notice makes stays one
    ("我们使用分析工具统计访问量。继续使用即表示您同意本服务条款。", True),
])
def test_chinese_a_product_description_names_no_use(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # round m22: a publisher disclaiming liability speaks as 本人 of a loss the visitor may suffer
    ("本页面内容仅供参考，本人不对由此产生的任何损失负责，如您选择继续阅读即视为同意。", False),
    ("一旦你选择下载本软件，本人对数据丢失和损失概不负责。", False),
    # the visitor made to embrace a loss still shames
    ("不了，我选择多花钱", True),
    ("我不怕承担损失，不要保险了", True),
])
def test_chinese_a_liability_disclaimer_is_no_shaming_decline(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("label", "bundled"), [
    # round m22, class 1: one box accepting the required documents and, joined by 并, an optional use
    ("本人已阅读并同意《会员章程》及《隐私声明》，并同意接收促销短信", True),
    ("我接受平台服务条款与隐私政策，并希望收到新品推广邮件", True),
    # class 3: contact about the visitor's own request and an optional use in one box
    ("我同意针对我的预约联系我，并同意接收最新优惠资讯", True),
    # the documents alone, the act's own messages, the request's contact alone
    ("本人已阅读并同意《会员章程》及《隐私声明》", False),
    ("我同意《会员章程》，并同意接收订单状态短信", False),
    ("我同意针对我的预约联系我", False),
])
def test_chinese_one_box_couples_the_required_part_with_an_option(label: str, bundled: bool) -> None:
    assert (wording.match_bundled_control_label(label) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m22, class 2: enrolment stated as what the doing does, in the clause after it
    ("预约试听后，您将被自动加入本机构的营销名单。", True),
    ("下载白皮书时，你的邮箱会自动添加到我们与赞助商共享的用户数据库。", True),
    ("注册完成后，系统将自动为您订阅活动推广短信。", True),
    # the act's own messages, a setting saved, or subscribing itself
    ("下单后，您将自动收到物流通知短信。", False),
    ("登录后，系统会自动保存您的浏览进度。", False),
    ("订阅后，您将自动收到每周简报。", False),
])
def test_chinese_automatic_enrolment_stated_after_the_doing(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round p23, class 3': an address asked for a download, a report or a trial, then the sender's own
    # mail at its pace promised (ruling 4: marketing as the price of the download)
    ("输入您的邮箱即可免费下载白皮书。我们还会不定期向您发送行业资讯和产品动态。", True),
    ("留下邮箱地址，立即获取完整报告。此后我们会定期给您发送营销邮件。", True),
    ("请填写您的电子邮件以获取免费试用版。我们每月会向您推送最新优惠。", True),
    ("想要下载这份指南？请输入邮箱。我们也会偶尔给您发一些实用技巧。", True),
    ("提交邮箱，领取免费模板。之后我们将定期为您发送新闻简报。", True),
    ("免费获取《行业报告》：请留下您的工作邮箱。我们会不时与您分享行业洞察和产品更新。", True),
    ("输入企业邮箱，解锁全部模板。我们会时不时给您发送产品动态，可随时退订。", True),
    ("填写工作邮箱即可申请免费试用，此后我们的团队会定期向您推送产品资讯。", True),
    ("注册下载：请提供您的邮箱地址，我们会将资料发送至您的邮箱，并不定期推送产品资讯。", True),
    ("下载前请留下您的邮箱，我们将不定期向您发送活动邀请。", True),
    ("获取试用账号需要您的电子邮箱。之后我们会每月给你发送一期产品通讯。", True),
    # the download link itself, a newsletter-only form, mail refused, a separate box, the enquiry's reply
    ("输入您的邮箱即可免费下载白皮书。下载链接将发送到您的邮箱。", False),
    ("输入邮箱订阅我们的周刊，每周为您发送精选文章。", False),
    ("请输入邮箱以获取报告。我们不会向您发送任何营销邮件。", False),
    ("输入邮箱即可下载。如希望接收我们的产品动态，请勾选下方选项。", False),
    ("留下邮箱，我们会就您的咨询与您联系。", False),
    ("输入您的邮箱即可下载报告。我们会定期优化我们的服务。", False),
    ("输入您的邮箱，获取验证码。", False),
    ("下载前请留下您的邮箱，我们会把下载链接发送给您。", False),
    ("请提供您的邮箱地址，我们会将资料发送至您的邮箱，并不会推送任何广告。", False),
])
def test_chinese_mail_promised_after_an_email_gate(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round p23, class 5: using a chatbot or an AI assistant tied to keeping what the visitor types for
    # improving or training the bot or its models (a purpose beyond the answer asked for, as de)
    ("使用本智能客服即表示您同意我们保存对话记录，用于改进我们的AI模型。", True),
    ("继续与聊天机器人对话，即视为您同意我们将您的提问用于训练人工智能。", True),
    ("通过使用AI助手，您同意您输入的内容可能被用于优化我们的算法模型。", True),
    ("点击开始聊天即表示您同意：您与机器人的对话将被记录，并用于提升机器人的回答质量。", True),
    ("与小助手聊天时，您的聊天内容会被保存，并可能用于机器人的训练。继续使用即表示您同意。", True),
    ("您与AI助手的对话内容可能会被用于模型训练。继续使用即代表您同意。", True),
    ("使用“小智”即表示您同意我们将对话数据用于大模型的训练与优化。", True),
    ("开始对话即表示您同意我们使用您的输入来训练和改进我们的人工智能。", True),
    # the terms alone, the training denied, the visitor's own text improved, an opt-in, the product's own
    # improvement described, the question answered
    ("使用本智能客服即表示您同意《用户协议》。", False),
    ("使用本智能客服即表示您同意《用户协议》。您的对话内容仅用于回答您的问题，不会用于训练模型。", False),
    ("使用智能客服即表示您同意我们的服务条款。您的对话不会被用于训练我们的模型。", False),
    ("使用本AI写作助手即表示您同意《服务条款》。助手会帮助您优化您的文案。", False),
    ("如您愿意，可勾选下方选项，允许我们将对话用于改进AI模型。", False),
    ("我们致力于不断优化算法，为您提供更好的服务。使用本应用即表示您同意《隐私政策》。", False),
    ("使用本翻译工具即表示您同意《用户协议》，我们会不断优化翻译模型。", False),
    ("使用本智能客服即表示您同意我们处理您的提问，以便回答您的问题。", False),
    ("使用“小智”即表示您同意《服务协议》。我们的大模型训练不使用任何用户数据。", False),
])
def test_chinese_chatbot_inputs_kept_to_improve_the_bot(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class A: consent to the processing "as this policy describes" tied to using the service, the
    # processing said as a noun with no owner (the policy says HOW; the grant is of the processing)
    ("访问本网站即表示您同意本政策中所述的信息收集和使用。", True),
    ("继续使用我们的服务，即表示您认可并同意本声明所描述的数据处理方式。", True),
    ("如您继续使用本服务，即表示您同意本政策所述的个人信息处理活动。", True),
    ("使用本服务即表示您接受本隐私政策中描述的数据收集与使用方式。", True),
    # the document alone, a document titled by the processing, a part of it, a refusal, a description
    ("使用本服务即表示您同意本隐私政策。", False),
    ("访问本网站即表示您同意《个人信息处理规则》。", False),
    ("使用本网站即表示您同意本政策中关于数据处理的规定。", False),
    ("如果您不同意本政策所述的信息收集，请停止使用本服务。", False),
    ("本政策描述了我们的信息收集和使用方式。", False),
    ("访问本网站即表示您同意我们使用必要的Cookie。", False),
])
def test_chinese_processing_as_the_policy_describes_tied_to_using(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class B: the service named by its own name, Latin, quoted or Chinese, as what is used
    ("使用小鹿记账，即表示您同意我们收集和使用您的个人信息。", True),
    ("使用 Notion Mail，即表示您同意我们处理您的个人数据。", True),
    ("访问“云帆旅行”即视为您同意我们收集您的个人信息。", True),
    # the name with a document only, signing in with another account, a coupon, a cookie
    ("使用小鹿记账即表示您同意《用户协议》。", False),
    ("使用 Notion，即表示您同意《服务条款》。", False),
    ("使用微信登录，即表示您同意我们获取您的头像和昵称。", False),
    ("使用优惠券，即表示您同意我们记录您的领取信息。", False),
])
def test_chinese_service_named_by_its_name(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class D: the mail stated as what the doing brings, without 自动 or a grant word
    ("下载即表示您将收到我们的营销邮件。", True),
    ("注册后，您将收到我们的新闻简报和优惠信息。", True),
    ("下载本指南后，我们会定期向您发送实用技巧。", True),
    ("捐款后，我们会通过邮件向您发送机构动态和活动信息。", True),
    ("输入邮箱后，您将收到包含促销优惠的电子邮件。", True),
    # the act's own mail: a confirmation, the link, the order or request's progress, a reminder; subscribing
    ("注册后，您将收到一封包含激活链接的邮件。", False),
    ("下载后，您将收到下载链接。", False),
    ("订阅后，您将每周收到我们的新闻简报。", False),
    ("订阅即表示您将每周收到我们的资讯。", False),
    ("下单后，我们会向您发送物流更新。", False),
    ("提交后，您将收到申请进度更新。", False),
    ("预约后，我们会给您发送预约提醒。", False),
    ("申请后，我们会通过短信向您发送审核结果。", False),
    ("加入候补名单后，您将收到访问邀请。", False),
    ("报名成功后，您将收到活动的最新动态和注意事项。", False),
    ("下载完成后，您将收到更新提示。", False),
    ("申请通过后，我们会向您发送账户更新。", False),
    ("完成认证后，您将收到审核进度动态。", False),
])
def test_chinese_mail_stated_after_the_doing(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class E: an optional use made the condition of using the whole service; crash reports as
    # telemetry
    ("使用本服务，您必须同意我们收集使用情况统计数据。", True),
    ("要使用本应用，需要同意将崩溃报告发送给第三方。", True),
    ("使用本应用，您需要同意我们向合作伙伴共享您的设备信息。", True),
    ("使用本应用即表示您同意将错误报告发送至Sentry。", True),
    ("使用本应用即表示您接受错误报告将被发送至Bugsnag。", True),
    ("使用本应用即表示您同意我们通过第三方服务（如Firebase）收集崩溃信息。", True),
    ("使用本应用即表示您同意《用户协议》。如遇错误信息，请联系客服。", False),
    # consent asked for as a noun, a feature whose processing is the feature, terms, the act's own need, a
    # choice
    ("使用本服务需要您的同意。", False),
    ("使用个性化推荐需要同意我们分析您的浏览记录。", False),
    ("使用本服务，您必须同意本服务条款。", False),
    ("注册需要同意我们收集您的手机号用于登录。", False),
    ("您可以在设置中选择是否发送崩溃报告。", False),
    ("我们需要征得您的同意才能发送营销邮件。", False),
])
def test_chinese_optional_use_made_mandatory(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize("notice", [
    # round m23, class F: messages about the visitor's own order, account or request; processing that is the
    # service asked for; a waitlist whose mail is the access; an app's access to the visitor's own store;
    # rules
    "我同意接收关于我的订单的微信消息。",
    "我同意接收与我的账户相关的通知。",
    "提交即表示您同意我们使用您的信息来生成您的个性化方案。",
    "提交即表示您同意我们处理您的信息以管理您的订单并与您联系。",
    "加入候补名单后，我们会通过邮件向您发送访问权限。",
    "安装即表示您授权本应用访问您的店铺数据以提供其功能。",
    "注册即表示您同意《社区公约》和《卖家规则》。",
    "提交申请即表示您同意我们就您的申请状态向您发送通知。",
])
def test_chinese_the_visitors_own_service_is_no_bundle(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize(("words", "shaming"), [
    # round m23, class C: refusing to support a sympathetic party; the decliner's caution mocked
    ("不，我不想支持独立创作者", True),
    ("不，我不想支持这些作者", True),
    ("我不愿意赞助我们的记者", True),
    ("不了，我不想碰运气", True),
    ("我不敢试试手气", True),
    # deferring, support as a feature or a format, a risk refused, a plain alternative, a bare no
    ("不，我现在不想支持", False),
    ("我暂时不想支持", False),
    ("不了，谢谢，我不需要技术支持", False),
    ("不，我不想支持此格式", False),
    ("不了，我还是不敢碰运气", True),
    ("我不敢冒险", False),
    ("我不敢相信这么便宜", False),
    ("我不敢保证安全", False),
    ("不了，我更喜欢用银行卡支付", False),
    ("不了，谢谢", False),
])
def test_chinese_support_refused_and_caution_mocked(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, classes A and B: endorsing (认可) as a verb of consenting; a Latin name with 的服务
    ("使用本服务即表示您认可本政策所述的数据处理。", True),
    ("使用 Acme 的服务，即表示您同意我们根据本政策收集和处理您的个人信息。", True),
    # the document endorsed, a change of fees deemed accepted (ruling 5), the name with the terms only
    ("使用本服务即表示您认可《用户协议》。", False),
    ("若您未提出异议，视为您认可本平台的推广费用调整。", False),
    ("使用 Acme 的服务，即表示您同意《服务条款》。", False),
])
def test_chinese_endorsing_and_a_named_service(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23: acknowledging right after the doing (class A); kept informed of the sender's news (class D)
    ("继续浏览即表示您已知悉我们使用Cookie。", True),
    ("使用本网站即表示您已知悉并理解本政策所述的信息收集。", True),
    ("捐款即表示您同意本基金会随时向您介绍我们的项目动态。", True),
    # an ad purpose named after the feature, analytics cookies beside a plain "better service"
    ("使用本应用即表示您同意我们获取您的通讯录，用于为您提供个性化广告服务。", True),
    ("使用本应用即表示您同意我们使用分析Cookie，以便为您提供更好的服务。", True),
    # a note, a document, necessary cookies only; class F: the visitor's own store or account read to
    # provide the feature they connect
    ("请您知悉，我们会收集您的设备信息。", False),
    ("注册即表示您已了解《用户协议》。", False),
    ("继续浏览即表示您已了解我们仅使用必要的Cookie。", False),
    ("绑定店铺即表示您授权我们同步您的店铺订单，以便为您提供数据分析服务。", False),
    ("接入企业微信即表示您授权我们获取您的通讯录以提供排班功能。", False),
    ("连接您的Shopify店铺即表示您授权我们读取您的订单和商品数据。", False),
])
def test_chinese_acknowledged_informed_and_the_visitors_own_store(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


def test_chinese_sign_up_stated_by_the_sender_is_a_bare_grant() -> None:
    # round m23, class D: a waitlist's "we'll sign you up for our newsletter", beside a single button
    found = match_bundled_sentence("我们会为您订阅我们的新闻简报，并在您通过审核后与您联系。")
    assert found is not None and not found.tied_to_action
    assert match_bundled_sentence("我们会为您开通会员账户。") is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class F: a report made for the visitor, a partner who gives the service asked for, stay
    # neutral;
    # marketing or other offerings through the same shapes do not
    ("开始测评即表示您同意我们分析您的答案，以生成您的个性化报告。", False),
    ("提交即表示您同意我们将您的需求分享给合作律师，以便其为您提供咨询服务。", False),
    ("提交即表示您同意我们使用您的健康数据来生成您的专属方案。", False),
    ("提交即表示您同意我们将您的信息分享给合作伙伴，以便其为您提供营销服务。", True),
    ("提交即表示您同意我们将您的信息分享给合作伙伴，以便其向您提供其他金融服务。", True),
    ("开始测评即表示您同意我们分析您的答案，用于个性化推荐。", True),
])
def test_chinese_what_the_visitor_asked_for_is_no_bundle(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("words", "shaming"), [
    # round m23, class C: a disparaged alternative preferred (guessing blindly, a slow or blurred experience)
    ("不了，我更喜欢瞎猜", True),
    ("我宁愿忍受卡顿", True),
    ("不了，我宁愿继续龟速下载", True),
    # the loss refused, a plain alternative, a lower quality chosen plainly, a help text
    ("我不喜欢卡顿", False),
    ("我更喜欢标清", False),
    ("不了，我更喜欢用银行卡支付", False),
    ("页面卡顿？点击刷新", False),
])
def test_chinese_disparaged_alternative_preferred(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class I (ruling 1): the practices the policy describes, a transfer abroad, processing done as
    # the policy says, tied to using the service; a choice with "or any other use" beside it
    ("使用本应用即表示您接受本隐私政策所描述的做法。", True),
    ("浏览本网站，即表示您同意我们的数据实践。", True),
    ("继续使用本平台即视为您同意这些信息处理做法。", True),
    ("访问本网站即表示您同意将您的数据传输至境外服务器。", True),
    ("使用本服务即表示您同意上述跨境传输。", True),
    ("使用本应用即表示您同意我们遵照本政策处理相关信息。", True),
    ("点击“同意”本协议或以其他方式使用本平台，即表示您同意我们收集您的设备信息。", True),
    ("使用 小鹿记账 即表示您同意本政策所述的数据实践。", True),
    ("使用本服务即表示您同意我们的隐私做法。", True),
    ("我们会记录您的访问日志。使用我们的服务即表示您同意此类处理。", True),
    # the act the processing serves, the document alone, a rule of another kind, a refusal, a description,
    # the choice itself, the policy's own terms
    ("注册即表示您同意本政策所述的做法。", False),
    ("下单即表示您同意我们将您的数据传输给配送商。", False),
    ("使用本应用即表示您同意本隐私政策。", False),
    ("使用本服务即表示您同意本条款所述的退款规则。", False),
    ("如果您不同意本政策所述的做法，请停止使用本服务。", False),
    ("本政策介绍了我们的数据实践及跨境传输安排。", False),
    ("点击“同意”即表示您同意我们按照本政策处理您的个人信息。", False),
    ("使用本服务即表示您同意按照本政策的规定解决争议。", False),
    ("使用 微信登录 即表示您同意我们获取您的头像。", False),
    ("继续使用即表示您同意上述条款。", False),
    ("注册即表示您同意上述处理。", False),
    ("使用本服务即表示您同意上述收费标准。", False),
])
def test_chinese_practices_the_policy_describes_tied_to_using(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class J: what makes a notice no bundle -- storage it calls necessary, a grant to be bound by
    # a document, a use ruled out by "does not mean you agree", a sponsor thanked, the act's own follow-up
    ("本应用仅使用本地存储保存您的登录状态，这是运行所必需的。继续使用即表示您同意上述数据处理。", False),
    ("我们使用必要的存储技术记住您的语言设置。继续使用即表示您同意我们的数据处理方式。", False),
    ("本政策说明我们如何收集和披露您的个人信息。继续访问本站即表示您同意受本政策的全部约束。", False),
    ("使用本网站即表示您同意接受以下使用条款的约束。", False),
    ("报名即表示您同意我们处理您的报名信息。报名并不意味着您同意接收营销短信。", False),
    ("入场即表示您已知晓并感谢合作伙伴的大力支持。", False),
    ("报名即表示您同意我们就付款和确认事宜与您再次联系。", False),
    # the same shapes with an optional use: storage beside analytics, a use named before the binding, a
    # sponsor given the data
    ("我们使用本地存储和分析工具改进产品。继续使用即表示您同意我们的数据处理方式。", True),
    ("继续使用即表示您同意我们收集您的个人信息并受本政策约束。", True),
    ("进入会场即表示您同意赞助商获取您的联系方式。", True),
    ("报名即表示您同意赞助商向您发送优惠信息。", True),
])
def test_chinese_necessary_storage_binding_terms_and_thanks_are_no_bundle(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("words", "shaming"), [
    # round m24, class J: the paid tier or a reward programme declined by name is the plain alternative
    ("不了，我宁愿付费使用专业版", False),
    ("我宁可交会员费", False),
    ("我不想要奖励", False),
    ("不用了，我不需要积分", False),
    # fees paid over the odds, a reward scorned or gone without, stay mocking
    ("我宁愿多付手续费", True),
    ("我宁愿自己付运费", True),
    ("谁稀罕奖励", True),
    ("我宁愿不要奖励", True),
])
def test_chinese_paid_tier_and_rewards_declined_by_name(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class H: recording or publication tied to joining, staying on the line, entering, taking part
    ("进入直播课堂即表示您同意课堂全程录像。", True),
    ("留在线上即视为您同意我们对本次通话进行录音。", True),
    ("进入会场即表示您同意被拍照和摄像。", True),
    ("您的到场即构成对上述拍摄的同意。", True),
    ("参加演讲比赛即表示您授权主办方转播您的演讲。", True),
    # a notice with no grant, a recording sent to the visitor, the visitor's own recorder or upload, a jury
    # looking at an entry
    ("为保证服务质量，本次通话可能会被录音。", False),
    ("参加培训即表示您同意课程被录制，录像将发送给您以便复习。", False),
    ("开启录音即表示您同意我们录制您的声音。", False),
    ("上传作品即表示您同意我们公开您的作品。", False),
    ("提交作品即表示您同意评委查看您的作品。", False),
])
def test_chinese_recording_or_publication_tied_to_joining(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("text", "trick"), [
    # round m24, class G (ruling 5): a use of the visitor's data or likeness that holds unless they object --
    # "unless" before a refusal or before telling us otherwise, silence about telling us, the likeness taken
    # unless they tell someone, optional cookies set with only an opt-out after
    ("您的照片可能会出现在我们的宣传材料中，除非您明确表示反对。", True),
    ("除非您另行以书面形式告知我们，否则我们会将您的资料用于宣传。", True),
    ("若您未另行告知，我们将向您推送优惠信息。", True),
    ("如您不想被拍照，请在入场时告知工作人员。", True),
    ("我们可能会使用广告Cookie，但您可以随时拒绝。", True),
    # a notice to come, the law's exception, an opt-in, changed terms deemed accepted, a plain unsubscribe or
    # opt-out box, a refusal whose cost follows, a recording refused by leaving (bundled, class H)
    ("具体时间另行通知。", False),
    ("除非法律另有规定，我们不会共享您的信息。", False),
    ("除非您同意，我们不会将您的照片用于宣传。", False),
    ("如您在30天内未提出异议，视为您接受修改后的条款。", False),
    ("您可以随时退订我们的邮件。", False),
    ("勾选此框以拒绝接收营销邮件。", False),
    ("您可以拒绝非必要Cookie，但部分功能可能受限。", False),
    ("如您不希望收到营销短信，请回复TD退订。", False),
    ("如您不希望被录音，请挂断电话。", False),
    ("是否禁用屏幕录制？", False),
])
def test_chinese_use_that_holds_unless_the_visitor_objects(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class I: cookies placed as what continuing brings, with or without 如果; audience measurement
    # accepted by browsing
    ("如果您继续浏览本网站，我们将在您的设备上放置Cookie。", True),
    ("继续浏览本站，我们会在您的浏览器中存储Cookie。", True),
    ("我们借助第三方工具衡量访问量。继续浏览即表示您接受此类测量。", True),
    # necessary cookies only, a plain notice, a push the visitor's app sends, a measuring feature
    ("如果您继续浏览本网站，我们将只放置必要的Cookie。", False),
    ("继续浏览本站，我们会在您的浏览器中存储必要的Cookie。", False),
    ("我们会使用Cookie来记住您的语言。", False),
    ("继续使用本应用，我们会向您推送通知。", False),
    ("使用本应用即表示您同意我们测量您的心率。", False),
])
def test_chinese_cookies_placed_by_continuing_and_measurement(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class H (ruling 1): cookies, tracking or a recording refused only by leaving, hanging up or
    # staying out -- staying is the grant
    ("如您不愿意本次通话被录音，请直接挂断。", True),
    ("如果您不同意被摄像，请勿进入会场。", True),
    ("若您不希望我们使用Cookie，请离开本站。", True),
    # a document refused, an opt-out through settings, an unsubscribe link, signing out, necessary cookies
    ("如果您不同意本政策，请停止使用本服务。", False),
    ("如果您不希望我们使用Cookie，请关闭浏览器中的Cookie功能。", False),
    ("如果您不希望收到营销邮件，请点击退订。", False),
    ("如果您不希望被追踪，请退出登录。", False),
    ("如果您不同意我们使用必要的Cookie，请离开本网站。", False),
])
def test_chinese_refused_only_by_leaving(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class K: the participant's likeness, name or recording used for publicity, tied to taking
    # part -- by the act before 即, by the grantor named as the one who took part, or by the entrant's
    # signed declaration
    ("出席本次论坛即授权主办方在官方视频号播放含有您形象的现场画面。", True),
    ("领奖即同意主办方在宣传推广中使用获奖者的姓名和照片。", True),
    ("获奖者同意主办方在官网及公众号公布其姓名、照片，用于活动推广。", True),
    ("所有参赛者均同意组委会无偿使用比赛中拍摄的参赛者照片及视频。", True),
    ("本人同意活动主办方在活动现场对本人拍照摄像，并将相关影像用于宣传。", True),
    # the entry marketed is a use of its own word
    ("参赛即视为同意主办方将您的参赛作品用于商业推广。", True),
    # the submitted work licensed or shown, results announced, a photo kept for the entry's own check,
    # CCTV for security, rules accepted
    ("参赛者授权组委会在宣传材料中展示参赛作品及比赛成绩。", False),
    ("参赛即同意主办方将参赛作品用于评审和展览。", False),
    ("参赛即视为您同意主办方公开您的参赛作品用于评审。", False),
    ("参赛者同意主办方在官网公布比赛结果。", False),
    ("本人同意主办方核验本人照片与身份信息。", False),
    ("出于安全考虑，会场设有监控，入场即视为同意被录像。", False),
    ("入场即视为同意被录像，录像仅用于场馆安全。", False),
    ("获奖名单将在官网公布，报名即视为同意遵守赛事规则。", False),
])
def test_chinese_publicity_granted_by_taking_part(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class R: a switch with no object of its own, in its own note -- turning it on IS the opt-in
    ("打开后，即视为您同意与合作伙伴共享使用数据。", False),
    ("启用即表示您同意我们向广告合作伙伴提供设备标识。", False),
    ("开启此项即表示您同意接收个性化推荐短信。", False),
    # the switch turned on is for something else: the use rides along
    ("打开免密支付即表示您同意我们向合作伙伴共享您的消费数据。", True),
    ("启用云同步即视为您同意将数据用于个性化广告。", True),
    ("开启极速模式即表示您同意接收推广短信。", True),
])
def test_chinese_a_bare_switch_is_the_opt_in(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("decline", "shaming"), [
    # round m25, class L: the visitor made to say they will miss, lose or regret the offered good, or give up
    # their own balance
    ("不了，我会错过这些折扣", True),
    ("算了，我将失去全部积分", True),
    ("不用了，我以后会后悔的", True),
    ("不，我放弃我的余额", True),
    # an event missed, unsaved work lost or discarded, a regret denied, a deferral, a plain no
    ("抱歉，我会错过这次聚会", False),
    ("好的，我会丢失未保存的修改", False),
    ("放弃我的修改", False),
    ("我不会后悔", False),
    ("暂不", False),
    ("以后再说", False),
    ("不需要", False),
])
def test_chinese_loss_framed_future_declines(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


@pytest.mark.parametrize("label", [
    # round m25, class K look-alike: the same first-person photo grant as a separate optional box's label, or
    # beside one, is that box's own choice, not a term of the entry
    "我同意主办方在活动中拍摄我的照片并用于宣传（可选）",
    "本人同意主办方在赛事期间对本人拍照录像并用于宣传",
])
def test_chinese_a_separate_photo_box_is_no_entry_term(label: str) -> None:
    assert not BUNDLED.run(page(text("f0:t1", label, control="f0:c1"), control("f0:c1", label)))
    assert not BUNDLED.run(page(text("f0:t2", label), control("f0:c2", "同意拍摄")))
    # the declaration alone, signed with the entry, is one
    assert BUNDLED.run(page(text("f0:t3", label, form=None)))
