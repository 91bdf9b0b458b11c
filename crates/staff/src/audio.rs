//! The microphone and Web Audio for recordings: capture with MediaRecorder, then cut the
//! silence and level the loudness ([`evne_ui::loudness`]) and encode again in the same type,
//! by playing the result into a second MediaRecorder (as long as the prompt takes).

use js_sys::{Array, Promise};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AudioContext, Blob, BlobEvent, MediaRecorder, MediaStream};

/// Why there is no recording: each is a message on the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// No microphone, or the person did not allow it.
    NoMicrophone,
    /// The browser cannot record in a type every tablet plays.
    Unsupported,
    /// Nothing but silence.
    Silent,
}

impl Problem {
    pub fn message_id(self) -> &'static str {
        match self {
            Problem::NoMicrophone => "staff-record-no-microphone",
            Problem::Unsupported => "staff-record-unsupported",
            Problem::Silent => "staff-record-silent",
        }
    }
}

/// The types tried, in order: what Chromium, Firefox and Safari record and every tablet plays.
const TYPES: [&str; 3] = ["audio/webm;codecs=opus", "audio/webm", "audio/mp4"];

/// The bit rate recordings are encoded at.
const BITS_PER_SECOND: u32 = 24_000;

fn media_type() -> Option<&'static str> {
    TYPES
        .into_iter()
        .find(|t| MediaRecorder::is_type_supported(t))
}

/// A recorder whose chunks are collected until [`Capture::stop`].
pub struct Capture {
    recorder: MediaRecorder,
    chunks: Rc<RefCell<Array>>,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
    stream: Option<MediaStream>,
}

impl Capture {
    fn new(stream: &MediaStream, own_stream: bool) -> Result<Self, Problem> {
        let kind = media_type().ok_or(Problem::Unsupported)?;
        let options = web_sys::MediaRecorderOptions::new();
        options.set_mime_type(kind);
        // Speech: 24 kbit/s keeps a prompt a few KB, and a locale's pack a few MB.
        options.set_audio_bits_per_second(BITS_PER_SECOND);
        let recorder =
            MediaRecorder::new_with_media_stream_and_media_recorder_options(stream, &options)
                .map_err(|_| Problem::Unsupported)?;
        let chunks = Rc::new(RefCell::new(Array::new()));
        let kept = chunks.clone();
        let on_data = Closure::<dyn FnMut(BlobEvent)>::new(move |e: BlobEvent| {
            if let Some(data) = e.data() {
                kept.borrow().push(&data);
            }
        });
        recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        recorder.start().map_err(|_| Problem::Unsupported)?;
        Ok(Self {
            recorder,
            chunks,
            _on_data: on_data,
            stream: own_stream.then(|| stream.clone()),
        })
    }

    /// Starts recording from the microphone (the browser asks the person first).
    pub async fn microphone() -> Result<Self, Problem> {
        let devices = web_sys::window()
            .and_then(|w| w.navigator().media_devices().ok())
            .ok_or(Problem::NoMicrophone)?;
        let constraints = web_sys::MediaStreamConstraints::new();
        constraints.set_audio(&JsValue::TRUE);
        let asked = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(|_| Problem::NoMicrophone)?;
        let stream: MediaStream = JsFuture::from(asked)
            .await
            .map_err(|_| Problem::NoMicrophone)?
            .unchecked_into();
        Self::new(&stream, true)
    }

    /// Stops; what was recorded, and the microphone is released.
    pub async fn stop(self) -> Result<Blob, Problem> {
        let stopped = Promise::new(&mut |resolve, _| {
            self.recorder.set_onstop(Some(&resolve));
        });
        let _ = self.recorder.stop();
        let _ = JsFuture::from(stopped).await;
        if let Some(stream) = &self.stream {
            for track in stream.get_tracks().iter() {
                track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
            }
        }
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&self.recorder.mime_type());
        let chunks = self.chunks.borrow();
        Blob::new_with_blob_sequence_and_options(&chunks, &options)
            .map_err(|_| Problem::Unsupported)
    }
}

/// The recording with its silence cut and its loudness levelled, in the type it was recorded
/// in; its length in milliseconds.
pub async fn level(recorded: &Blob) -> Result<(Blob, u32), Problem> {
    let context = AudioContext::new().map_err(|_| Problem::Unsupported)?;
    // Made a moment after the click on "stop": a browser may start it suspended.
    if let Ok(resumed) = context.resume() {
        let _ = JsFuture::from(resumed).await;
    }
    let bytes = JsFuture::from(recorded.array_buffer())
        .await
        .map_err(|_| Problem::Unsupported)?;
    let decoding = context
        .decode_audio_data(&bytes.unchecked_into())
        .map_err(|_| Problem::Unsupported)?;
    let decoded: web_sys::AudioBuffer = JsFuture::from(decoding)
        .await
        .map_err(|_| Problem::Silent)?
        .unchecked_into();
    let rate = decoded.sample_rate();
    let mut samples = decoded.get_channel_data(0).map_err(|_| Problem::Silent)?;
    let cut = evne_ui::loudness::cut(&samples, rate as usize).ok_or(Problem::Silent)?;
    let mut kept: Vec<f32> = samples.drain(cut.start..cut.end).collect();
    kept.iter_mut().for_each(|s| *s *= cut.gain);
    let levelled = context
        .create_buffer(1, kept.len() as u32, rate)
        .map_err(|_| Problem::Unsupported)?;
    levelled
        .copy_to_channel(&kept, 0)
        .map_err(|_| Problem::Unsupported)?;
    let source = context
        .create_buffer_source()
        .map_err(|_| Problem::Unsupported)?;
    source.set_buffer(Some(&levelled));
    let out = context
        .create_media_stream_destination()
        .map_err(|_| Problem::Unsupported)?;
    source
        .connect_with_audio_node(&out)
        .map_err(|_| Problem::Unsupported)?;
    let capture = Capture::new(&out.stream(), false)?;
    let scheduled: &web_sys::AudioScheduledSourceNode = source.unchecked_ref();
    let ended = Promise::new(&mut |resolve, _| scheduled.set_onended(Some(&resolve)));
    source.start().map_err(|_| Problem::Unsupported)?;
    let _ = JsFuture::from(ended).await;
    let blob = capture.stop().await?;
    let _ = context.close();
    let ms = (kept.len() as f64 * 1000.0 / f64::from(rate)).round() as u32;
    Ok((blob, ms))
}
